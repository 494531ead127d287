import "server-only";
import { NextResponse } from "next/server";
import { PUBLIC_CACHE_CONTROL } from "@/lib/server/campaigns/campaign-json";
import { ttlMemo } from "@/lib/server/ttl-memo";
import { getCampaignCount } from "./get-campaign-count";

// The count endpoint, GET /api/campaigns/{slug}/count, answered by the proxy (see
// docs/decisions/005). Each instance asks the database at most once a second per campaign,
// however many people are watching; a CDN may keep the answer a few seconds more. The badge
// reads the same memo.
export const recentCount = ttlMemo(1_000, (slug) => getCampaignCount({ slug }));

export const COUNT_PATH = /^\/api\/campaigns\/([a-z0-9-]{1,100})\/count$/;

export async function countResponse(slug: string): Promise<NextResponse> {
  const count = await recentCount(slug);
  if (!count) return NextResponse.json({ error: "not_found", message: "No public campaign has this slug." }, { status: 404 });
  return NextResponse.json(count, { headers: { "Cache-Control": PUBLIC_CACHE_CONTROL } });
}
