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

  it("orders the tracker newest first, says where each position moved from, and shows decision makers in the reader's language", async () => {
    const c = await campaign("tracked", "OPEN");
    const minister = await db.decisionMaker.create({
      data: { name: "Minister", institution: "Ministry", translations: { create: { locale: "ug", name: "مىنىستىر", institution: "مىنىستىرلىك" } } },
    });
    const target = await db.campaignTarget.create({ data: { campaignId: c.id, decisionMakerId: minister.id } });
    await db.campaignEvent.create({ data: { campaignId: c.id, occurredOn: new Date("2020-01-01"), title: "older" } });
    await db.campaignEvent.create({
      data: { campaignId: c.id, occurredOn: new Date("2022-05-05"), title: "newer", changes: { create: { targetId: target.id, status: "ACKNOWLEDGED" } } },
    });
    const result = await getPublicCampaign({ slug: "tracked", locale: "en" });
    expect(result?.events.map((e) => e.title)).toEqual(["newer", "older"]);
    expect(result?.events[0]?.changes).toEqual([{ targetId: target.id, name: "Minister", from: "NO_RESPONSE", to: "ACKNOWLEDGED" }]);
    expect(result?.targets[0]).toMatchObject({ status: "ACKNOWLEDGED", since: new Date("2022-05-05") });
    const ug = await getPublicCampaign({ slug: "tracked", locale: "ug" });
    expect(ug?.targets[0]?.decisionMaker).toMatchObject({ name: "مىنىستىر", institution: "مىنىستىرلىك", lang: "ug" });
  });
});
