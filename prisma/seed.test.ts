import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db, resetDatabase } from "@/test/db";
import { databaseSeededByMain, type UpgradedDatabase } from "@/test/seeded-by-main";
import { loadCampaignTargets } from "@/lib/server/tracker/load-campaign-targets";
import { seed } from "./seed";
import { seedCampaigns } from "./seed-data";

const paragraphs = (text: string) => text.split("\n\n");
// Opening quotation marks: English “, Uyghur «.
const quotes = (text: string) => (text.match(/[“«]/g) ?? []).length;

async function snapshot(client: PrismaClient = db) {
  return {
    campaigns: await client.campaign.findMany({ orderBy: { slug: "asc" } }),
    translations: await client.campaignTranslation.findMany({ orderBy: [{ campaignId: "asc" }, { locale: "asc" }] }),
    decisionMakers: await client.decisionMaker.findMany({ orderBy: { id: "asc" }, include: { translations: true } }),
    targets: await client.campaignTarget.findMany({ orderBy: { id: "asc" } }),
    events: await client.campaignEvent.findMany({ orderBy: { id: "asc" }, include: { translations: true, changes: true, evidence: true, corrections: true } }),
  };
}

const targetsOf = async (slug: string, client: PrismaClient = db) => {
  const campaign = await client.campaign.findUniqueOrThrow({ where: { slug } });
  return loadCampaignTargets({ campaignIds: [campaign.id], locale: "en", client });
};

describe("seed", () => {
  beforeEach(resetDatabase);

  it("creates every demand as an open campaign with a source (title, publisher, date), decision makers, a goal and a Uyghur translation", async () => {
    const { created } = await seed(process.env.DATABASE_URL!);
    expect(created).toEqual(seedCampaigns.map((c) => c.slug));
    const campaigns = await db.campaign.findMany({ include: { targets: true, translations: true } });
    expect(campaigns).toHaveLength(4);
    for (const campaign of campaigns) {
      expect(campaign.status).toBe("OPEN");
      expect(campaign.goal).toBeGreaterThan(0);
      expect(campaign.targets.length).toBeGreaterThan(0);
      expect(campaign.translations.map((t) => t.locale)).toEqual(["ug"]);
      expect(campaign.sourceTitle, campaign.slug).toBe("East Turkistan Government in Exile observes ‘Genocide Recognition and Remembrance Day’");
      expect(campaign.sourcePublisher, campaign.slug).toMatch(/^ANI\b/);
      expect(campaign.sourceDate, campaign.slug).toBe("2024");
    }
  });

  it("gives the Uyghur text of every campaign and event as many paragraphs and quotations as the English, paragraph by paragraph", async () => {
    await seed(process.env.DATABASE_URL!);
    const campaigns = await db.campaign.findMany({ include: { translations: true, events: { include: { translations: true } } } });
    for (const campaign of campaigns) {
      const ug = campaign.translations.find((t) => t.locale === "ug")!;
      expect(paragraphs(ug.body).length, campaign.slug).toBe(paragraphs(campaign.body).length);
      expect(paragraphs(ug.body).map(quotes), campaign.slug).toEqual(paragraphs(campaign.body).map(quotes));
      expect(quotes(ug.summary), campaign.slug).toBe(quotes(campaign.summary));
      for (const event of campaign.events) {
        const t = event.translations.find((x) => x.locale === "ug")!;
        expect(t, event.title).toBeDefined();
        expect(quotes(t.body), event.title).toBe(quotes(event.body));
        expect(paragraphs(t.body).length, event.title).toBe(paragraphs(event.body).length);
      }
    }
    // Headings and quotations line up, so the Uyghur is not missing what the English says.
    expect(quotes(seedCampaigns.find((c) => c.slug === "support-icc-complaint")!.body)).toBeGreaterThan(0);
  });

  it("records the 19 January 2021 determination in its own words, attributed, with its evidence link, moving no position", async () => {
    await seed(process.env.DATABASE_URL!);
    const events = await db.campaignEvent.findMany({ where: { occurredOn: new Date("2021-01-19T00:00:00Z") }, include: { campaign: true, evidence: true, changes: true } });
    expect(events.map((e) => e.campaign.slug).sort()).toEqual(["recognise-east-turkistan-occupied", "special-coordinator-east-turkistan"]);
    for (const event of events) {
      expect(event.body).toContain("“has committed crimes against humanity against the predominantly Muslim Uyghurs and other members of ethnic and religious minority groups in Xinjiang”");
      expect(event.body).toMatch(/Secretary of State Mike Pompeo found/);
      expect(event.evidence).toHaveLength(1);
      expect(event.evidence[0]).toMatchObject({
        kind: "LINK",
        url: "https://2017-2021.state.gov/determination-of-the-secretary-of-state-on-atrocities-in-xinjiang/",
        sourceTitle: "Determination of the Secretary of State on Atrocities in Xinjiang",
        sourceDate: "2021-01-19",
      });
      expect(event.changes).toEqual([]);
    }
    for (const target of await targetsOf("special-coordinator-east-turkistan")) expect(target.status).toBe("NO_RESPONSE");
  });

  it("gives the ICC complaint its dated, sourced history and addresses each demand to those who can act", async () => {
    await seed(process.env.DATABASE_URL!);
    const icc = await db.campaign.findUniqueOrThrow({ where: { slug: "support-icc-complaint" }, include: { events: { orderBy: { occurredOn: "asc" }, include: { evidence: true } } } });
    expect(icc.events.map((e) => e.occurredOn.toISOString().slice(0, 10))).toEqual(["2020-07-06", "2020-12-14", "2021-06-10"]);
    for (const event of icc.events) {
      expect(event.evidence[0]?.url).toMatch(/^https:\/\/east-turkistan\.net\/press-release-/);
      expect(event.evidence[0]?.sourcePublisher).toBe("East Turkistan Government in Exile");
      expect(event.body).toMatch(/^According to the East Turkistan Government in Exile/);
    }
    expect(icc.events.map((e) => e.evidence[0]?.sourceDate)).toEqual(["2020-12-15", "2020-12-15", "2021-06-10"]);
    const iccTargets = await targetsOf("support-icc-complaint");
    expect(iccTargets.map((t) => [t.decisionMaker.name, t.status, t.since?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["Office of the Prosecutor", "DECLINED_FOR_NOW", "2020-12-14"],
      ["States Parties to the Rome Statute", "NO_RESPONSE", null],
    ]);
    expect(iccTargets.map((t) => t.decisionMaker.institution)).not.toContain("Rome Statute of the International Criminal Court");
    expect((await targetsOf("icj-genocide-referral")).map((t) => t.decisionMaker.name)).toEqual(["UN member states", "UN General Assembly"]);
    const icj = await db.campaign.findUniqueOrThrow({ where: { slug: "icj-genocide-referral" }, include: { translations: true } });
    expect(icj.body).not.toMatch(/occupied country|closed chapter/);
    expect(icj.translations[0]!.body).not.toContain("ئىشغال قىلىنغان دۆلەت");
    // Every decision maker reads in Uyghur too.
    const ug = await loadCampaignTargets({ campaignIds: (await db.campaign.findMany()).map((c) => c.id), locale: "ug" });
    expect(ug.every((t) => t.decisionMaker.lang === "ug")).toBe(true);
  });

  it("changes nothing when run twice, and leaves an edited campaign as it is", async () => {
    await seed(process.env.DATABASE_URL!);
    await db.campaign.update({ where: { slug: "support-icc-complaint" }, data: { title: "Edited by an admin" } });
    const before = await snapshot();
    expect(await seed(process.env.DATABASE_URL!)).toEqual({ created: [], applied: [], notes: [] });
    expect(await snapshot()).toEqual(before);
  });
});

describe("a database seeded by the previous version", () => {
  let upgraded: UpgradedDatabase | undefined;
  afterAll(() => upgraded?.drop());

  it("is carried over by the migration and corrected by the seed, in public and audited, once", async () => {
    upgraded = await databaseSeededByMain({
      name: "seeded_by_main",
      before: async (client) => {
        // What editors may have done on the old version: a status set on the form with no event,
        // an edited Uyghur text, an event with an evidence link.
        await client.query(`UPDATE "Target" SET status = 'ACKNOWLEDGED', "updatedAt" = '2026-11-20' WHERE name = 'Other governments'`);
        await client.query(`UPDATE "CampaignTranslation" SET title = 'تەھرىرلەنگەن' WHERE "campaignId" = (SELECT id FROM "Campaign" WHERE slug = 'icj-genocide-referral')`);
        await client.query(`UPDATE "CampaignEvent" SET "evidenceUrl" = 'https://example.org/old' WHERE "campaignId" = (SELECT id FROM "Campaign" WHERE slug = 'recognise-east-turkistan-occupied')`);
      },
    });
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: upgraded.url }) });
    try {
      // The migration: every target is a linked decision maker, with its translations; a status
      // set without an event is kept by an event saying so.
      expect(await client.campaignTarget.count()).toBe(6);
      expect(await client.decisionMakerTranslation.count()).toBe(6);
      const occupied = await targetsOf("recognise-east-turkistan-occupied", client);
      expect(occupied.find((t) => t.decisionMaker.name === "Other governments")).toMatchObject({ status: "ACKNOWLEDGED", since: new Date("2026-11-20T00:00:00Z") });
      expect(await client.evidence.findFirst({ where: { url: "https://example.org/old" } })).toMatchObject({ kind: "LINK" });

      const result = await seed(upgraded.url, { correctionsOnly: true });
      expect(result.created).toEqual([]);
      expect(result.applied).toEqual(["2026-12-tracker-record"]);
      expect(result.notes).toEqual(["icj-genocide-referral: kept the ug text an editor changed; compare it with prisma/seed-data.ts"]);

      for (const seedCampaign of seedCampaigns) {
        const campaign = await client.campaign.findUniqueOrThrow({ where: { slug: seedCampaign.slug }, include: { translations: true } });
        expect(campaign.body).toBe(seedCampaign.body);
        expect(campaign.sourcePublisher).toMatch(/^ANI\b/);
        expect(campaign.sourceDate).toBe("2024");
        if (seedCampaign.slug !== "icj-genocide-referral") expect(campaign.translations[0]!.body).toBe(seedCampaign.translations.ug!.body);
      }
      expect((await client.campaignTranslation.findFirstOrThrow({ where: { campaign: { slug: "icj-genocide-referral" } } })).title).toBe("تەھرىرلەنگەن");
      expect((await targetsOf("support-icc-complaint", client)).map((t) => [t.decisionMaker.name, t.status])).toEqual([
        ["Office of the Prosecutor", "DECLINED_FOR_NOW"],
        ["States Parties to the Rome Statute", "NO_RESPONSE"],
      ]);
      expect((await targetsOf("icj-genocide-referral", client)).map((t) => t.decisionMaker.name)).toEqual(["UN member states", "UN General Assembly"]);
      // The old 2021 event is the same event, corrected in public with a reason, with its link.
      const determination = await client.campaignEvent.findFirstOrThrow({
        where: { campaign: { slug: "special-coordinator-east-turkistan" } },
        include: { corrections: { include: { translations: true } }, evidence: { where: { replacedAt: null } } },
      });
      expect(determination.title).toBe("The US Secretary of State's determination on atrocities in Xinjiang");
      expect(determination.corrections).toHaveLength(1);
      expect(determination.corrections[0]!.reason).toMatch(/determination's own words/);
      expect(determination.corrections[0]!.translations[0]!.locale).toBe("ug");
      expect(determination.evidence[0]!.url).toBe("https://2017-2021.state.gov/determination-of-the-secretary-of-state-on-atrocities-in-xinjiang/");
      expect(await client.auditLog.count({ where: { actorEmail: "seed", action: "seed.correct" } })).toBeGreaterThan(8);

      // Once only: a second run (every start of the app runs it) changes nothing.
      const before = await snapshot(client);
      expect(await seed(upgraded.url)).toEqual({ created: [], applied: [], notes: [] });
      expect(await snapshot(client)).toEqual(before);
    } finally {
      await client.$disconnect();
    }
  });
});
