import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { getPublicCampaign } from "./get-public-campaign";
import { listPublicCampaigns } from "./list-public-campaigns";

async function campaign(slug: string, status: "DRAFT" | "OPEN" | "CLOSED" | "ACHIEVED" | "ARCHIVED", extra: object = {}) {
  return db.campaign.create({
    data: { slug, status, title: `Title ${slug}`, summary: `Summary ${slug}`, body: `Body ${slug}`, goal: 100, ...extra },
  });
}

describe("public campaigns", () => {
  beforeEach(resetDatabase);

  it("never lists or shows a draft", async () => {
    await campaign("draft-one", "DRAFT");
    await campaign("open-one", "OPEN");
    const list = await listPublicCampaigns({ locale: "en" });
    expect(list.map((c) => c.slug)).toEqual(["open-one"]);
    expect(await getPublicCampaign({ slug: "draft-one", locale: "en" })).toBeNull();
    expect(await getPublicCampaign({ slug: "missing", locale: "en" })).toBeNull();
  });

  it("sums the counter shards for the signature count", async () => {
    const c = await campaign("counted", "OPEN");
    await db.signatureCounterShard.createMany({
      data: [
        { campaignId: c.id, shard: 0, count: 3 },
        { campaignId: c.id, shard: 7, count: 4 },
      ],
    });
    const [listed] = await listPublicCampaigns({ locale: "en" });
    expect(listed?.signatureCount).toBe(7);
    expect((await getPublicCampaign({ slug: "counted", locale: "en" }))?.signatureCount).toBe(7);
  });

  it("uses the reader's translation and falls back to the campaign's own language", async () => {
    await campaign("translated", "OPEN", {
      translations: { create: { locale: "ug", title: "ماۋزۇ", summary: "قىسقىچە", body: "تېكىست" } },
    });
    const ug = await getPublicCampaign({ slug: "translated", locale: "ug" });
    expect(ug).toMatchObject({ title: "ماۋزۇ", summary: "قىسقىچە", body: "تېكىست", lang: "ug" });
    await campaign("untranslated", "OPEN");
    const fallback = await getPublicCampaign({ slug: "untranslated", locale: "ug" });
    expect(fallback).toMatchObject({ title: "Title untranslated", lang: "en" });
  });

  it("orders the tracker newest first and names the target an event concerns", async () => {
    const c = await campaign("tracked", "OPEN");
    const target = await db.target.create({ data: { campaignId: c.id, name: "Minister", institution: "Ministry" } });
    await db.campaignEvent.createMany({
      data: [
        { campaignId: c.id, occurredOn: new Date("2020-01-01"), title: "older" },
        { campaignId: c.id, occurredOn: new Date("2022-05-05"), title: "newer", targetId: target.id, targetStatus: "ACKNOWLEDGED" },
      ],
    });
    const result = await getPublicCampaign({ slug: "tracked", locale: "en" });
    expect(result?.events.map((e) => e.title)).toEqual(["newer", "older"]);
    expect(result?.events[0]).toMatchObject({ targetName: "Minister", targetStatus: "ACKNOWLEDGED" });
  });
});
