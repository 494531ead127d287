import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { signatureInput } from "@/lib/validation/signature";
import { signCampaign } from "@/lib/server/signatures/sign-campaign";
import { withdrawSignature } from "@/lib/server/signatures/withdraw-signature";
import { getPublicCampaign } from "./get-public-campaign";
import { publicCampaignVersion, publicSiteVersion, readFromForCampaign, readFromForSite } from "./public-campaign-version";

// Versions are read from the database (so every instance sees the same), at most every 200 ms,
// and never older than a second while it answers. Time is moved on by hand: only Date is faked.
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
// Each test starts a minute after the last one ended, so no answer from before looks recent.
let clock = Date.now();

describe("a campaign's version", () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: (clock += 60_000) });
    await resetDatabase();
  });
  afterEach(() => {
    clock = Date.now();
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it("moves on when a shown name is withdrawn, and every reader sees it within a second", async () => {
    const campaign = await db.campaign.create({ data: { slug: "named", status: "OPEN", title: "T", summary: "S", body: "B", goal: 10 } });
    const user = await db.user.create({ data: { email: "shown@example.org" } });
    await signCampaign({ slug: "named", userId: user.id, input: signatureInput.parse({ showName: true, displayName: "Shown Name", follow: false }) });
    const before = await publicCampaignVersion("named");
    const homeBefore = await publicSiteVersion();
    expect(before).toBe(String((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).updatedAt.getTime()));

    later(5);
    await withdrawSignature({ slug: "named", userId: user.id });
    later(1_001);
    expect(await publicCampaignVersion("named")).not.toBe(before);
    expect(await publicSiteVersion()).not.toBe(homeBefore);
  });

  it("is null for drafts and unknown campaigns, and the home page's changes with the list", async () => {
    await db.campaign.create({ data: { slug: "draft", status: "DRAFT", title: "T", summary: "S", body: "B", goal: 10 } });
    expect(await publicCampaignVersion("draft")).toBeNull();
    expect(await publicCampaignVersion("nothing")).toBeNull();
    later(1_001);
    const site = await publicSiteVersion();
    later(1_001);
    expect(await publicSiteVersion()).toBe(site);
    await db.campaign.update({ where: { slug: "draft" }, data: { status: "OPEN" } });
    later(1_001);
    expect(await publicSiteVersion()).not.toBe(site);
  });

  it("lets a page read the replica only once the replica shows that version", async () => {
    await db.campaign.create({ data: { slug: "replicated", status: "OPEN", title: "T", summary: "S", body: "B", goal: 10 } });
    const version = (await publicCampaignVersion("replicated"))!;
    later(1_001);
    const site = await publicSiteVersion();
    expect(await readFromForCampaign({ slug: "replicated", version })).toBe("primary");

    // The test database stands in for a replica that has caught up…
    vi.stubEnv("DATABASE_REPLICA_URL", process.env.DATABASE_URL!);
    expect(await readFromForCampaign({ slug: "replicated", version })).toBe("replica");
    expect(await readFromForSite(site)).toBe("replica");
    // …and for one that has not replayed the version the primary has.
    expect(await readFromForCampaign({ slug: "replicated", version: String(Number(version) + 1) })).toBe("primary");
    expect(await readFromForSite("0000000000000000")).toBe("primary");
  });

  it("falls back to the primary when the replica cannot be reached", async () => {
    await db.campaign.create({ data: { slug: "fallback", status: "OPEN", title: "Read anyway", summary: "S", body: "B", goal: 10 } });
    const version = (await publicCampaignVersion("fallback"))!;
    vi.stubEnv("DATABASE_REPLICA_URL", "postgresql://nobody@127.0.0.1:1/none");
    expect(await readFromForCampaign({ slug: "fallback", version })).toBe("primary");
    expect((await getPublicCampaign({ slug: "fallback", locale: "en", from: "replica" }))?.title).toBe("Read anyway");
  });
});
