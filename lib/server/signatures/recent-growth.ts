import "server-only";
import { readPublic } from "@/lib/server/public-reads";
import { ttlMemo } from "@/lib/ttl-memo";

// How fast a campaign grows: signatures given in the last 24 hours (still standing: a
// withdrawn one is gone). Counted from the index on (campaignId, createdAt), so it costs as
// much as a day's signatures; each instance asks at most once every ten seconds per campaign,
// whatever the traffic, and signing (which re-renders the page) never waits on it twice. A
// number about no one in particular: read from the replica when there is one.
const DAY_MS = 24 * 60 * 60 * 1000;

export const signaturesInLastDay = ttlMemo(10_000, (campaignId) =>
  readPublic("replica", (client) => client.signature.count({ where: { campaignId, createdAt: { gt: new Date(Date.now() - DAY_MS) } } })),
);
