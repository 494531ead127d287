// Corrects a database seeded by the first version of the seed (before issue 11): the demands'
// text, sources, decision makers and tracker record become what seed-data.ts says now. Only what
// is still exactly as that seed wrote it is rewritten; anything an editor changed is kept and
// reported. Every change is in the audit log (actor "seed"), and the rewritten 2021 event shows
// in public as corrected, with the reason.
import { createHash } from "node:crypto";
import type { Prisma } from "../lib/generated/prisma/client";
import { seedCampaigns, seedDecisionMakers, type SeedCampaign } from "./seed-data";
import { campaignSource, createSeededEvent, day, evidenceRow, linkSeededTargets } from "./seed-write";

type Tx = Prisma.TransactionClient;

// SHA-256 of JSON [title, summary, body] as the first seed wrote each campaign (en) and its
// Uyghur translation (ug): prisma/fixtures/seeded-by-main-2026-11.json holds that database.
const V1_TEXT: Record<string, { en: string; ug: string }> = {
  "special-coordinator-east-turkistan": {
    en: "2dad611300d3be0a2159bac3acf5dfdf25f4f93403ea61ccb1e52f7ea28fc6b5",
    ug: "4919d6707207ce5b45a509dfbf1f8caf297800f883cb0836732859504ebafec6",
  },
  "support-icc-complaint": {
    en: "9942f869d66319ede09d3465cd7ec569a87542d3bf974fa28da6d140e5fa2570",
    ug: "3066db79abbe396889f9d10dac93b7a1b037bf519aaccface014184206f5fc11",
  },
  "icj-genocide-referral": {
    en: "486edf2715c7ce40506d7f25c641fc98c39d121fea6d3414a56464a1b6f2de0e",
    ug: "caecb8780c5bae8668c7d43c791841b764be62e35c1b01c5039bad95b6e72ba0",
  },
  "recognise-east-turkistan-occupied": {
    en: "ae2c3ee011617f8a8598c9420c1f724b498dd022638eda80867d75e457f1d5f2",
    ug: "7a2fb7fcd1f78624e1df4bac6a80a9f39571207a0ae76afa913eab542f651348",
  },
};
const V1_SOURCE_PREFIX = "ANI (2024): “East Turkistan Government in Exile observes ‘Genocide Recognition and Remembrance Day’”";
const V1_EVENT_TITLE = "United States determines that China's atrocities are genocide and crimes against humanity";

const REASON = {
  en: "Rewritten to quote the determination's own words, attributed to the Secretary of State, with a link to it: the earlier text gave the 2024 release's description of it in the tracker's own voice.",
  ug: "قارارنىڭ ئۆز سۆزلىرىنى تاشقى ئىشلار مىنىستىرىغا نىسبەت بېرىپ نەقىل كەلتۈرۈش ۋە ئۇنىڭ ئۇلانمىسىنى قوشۇش ئۈچۈن قايتا يېزىلدى: ئىلگىرىكى تېكىست 2024-يىلىدىكى باياناتنىڭ تەسۋىرىنى جەريان خاتىرىسىنىڭ ئۆز ئاۋازىدا بەرگەنىدى.",
};

const fingerprint = (t: { title: string; summary: string; body: string }) => createHash("sha256").update(JSON.stringify([t.title, t.summary, t.body])).digest("hex");

async function audit(tx: Tx, entityType: string, entityId: string, before: unknown, after: unknown) {
  await tx.auditLog.create({
    data: { actorEmail: "seed", action: "seed.correct", entityType, entityId, before: JSON.parse(JSON.stringify(before)), after: JSON.parse(JSON.stringify(after)) },
  });
}

async function correctText(tx: Tx, seed: SeedCampaign, notes: string[]) {
  const campaign = await tx.campaign.findUniqueOrThrow({ where: { slug: seed.slug }, include: { translations: true } });
  const v1 = V1_TEXT[seed.slug]!;
  const sourceIsV1 = campaign.sourceTitle === null || campaign.sourceTitle.startsWith(V1_SOURCE_PREFIX);
  if (fingerprint(campaign) === v1.en) {
    await tx.campaign.update({ where: { id: campaign.id }, data: { title: seed.title, summary: seed.summary, body: seed.body } });
    await audit(tx, "Campaign", campaign.id, { title: campaign.title, summary: campaign.summary, body: campaign.body }, { title: seed.title, summary: seed.summary, body: seed.body });
  } else notes.push(`${seed.slug}: kept the English text an editor changed; compare it with prisma/seed-data.ts`);
  if (sourceIsV1) {
    await tx.campaign.update({ where: { id: campaign.id }, data: campaignSource(seed) });
    await audit(tx, "Campaign", campaign.id, { sourceTitle: campaign.sourceTitle, sourceUrl: campaign.sourceUrl }, campaignSource(seed));
  }
  for (const [locale, text] of Object.entries(seed.translations)) {
    const current = campaign.translations.find((t) => t.locale === locale);
    if (current && fingerprint(current) !== v1[locale as "ug"]) {
      notes.push(`${seed.slug}: kept the ${locale} text an editor changed; compare it with prisma/seed-data.ts`);
      continue;
    }
    await tx.campaignTranslation.upsert({ where: { campaignId_locale: { campaignId: campaign.id, locale } }, create: { campaignId: campaign.id, locale, ...text }, update: text });
    await audit(tx, "CampaignTranslation", campaign.id, current ?? null, { locale, ...text });
  }
  return campaign.id;
}

// Targets the first seed wrote become the seed's shared decision makers (same row, corrected
// text and translations), unless an editor changed them since.
async function correctDecisionMakers(tx: Tx, campaignId: string, seed: SeedCampaign) {
  for (const key of seed.targets) {
    const target = seedDecisionMakers.find((d) => d.key === key)!;
    if (!target.v1 || (await tx.decisionMaker.findUnique({ where: { seedKey: key } }))) continue;
    const link = await tx.campaignTarget.findFirst({
      where: { campaignId, decisionMaker: { seedKey: null, name: target.v1.name, institution: target.v1.institution } },
      select: { decisionMaker: { select: { id: true, name: true, institution: true } } },
    });
    if (!link) continue;
    const id = link.decisionMaker.id;
    const text = { name: target.name, title: target.title, institution: target.institution, jurisdiction: target.jurisdiction };
    await tx.decisionMaker.update({ where: { id }, data: { seedKey: key, locale: "en", ...text } });
    for (const [locale, t] of Object.entries(target.translations)) {
      await tx.decisionMakerTranslation.upsert({ where: { decisionMakerId_locale: { decisionMakerId: id, locale } }, create: { decisionMakerId: id, locale, ...t }, update: t });
    }
    await audit(tx, "DecisionMaker", id, link.decisionMaker, text);
  }
  return linkSeededTargets(tx, campaignId, seed);
}

async function correctEvents(tx: Tx, campaignId: string, seed: SeedCampaign, targets: Map<string, string>) {
  for (const event of seed.events) {
    const same = await tx.campaignEvent.findFirst({ where: { campaignId, occurredOn: day(event.occurredOn), title: event.title }, select: { id: true } });
    if (same) continue;
    // The first seed's 2021 event is corrected in public (same event, new text, a reason),
    // not silently replaced.
    const old = event.key === "us-determination-2021" ? await tx.campaignEvent.findFirst({ where: { campaignId, authorId: null, title: V1_EVENT_TITLE }, include: { translations: true } }) : null;
    if (!old) {
      await createSeededEvent(tx, campaignId, event, targets);
      continue;
    }
    await tx.campaignEvent.update({ where: { id: old.id }, data: { occurredOn: day(event.occurredOn), title: event.title, body: event.body } });
    for (const [locale, t] of Object.entries(event.translations)) {
      await tx.campaignEventTranslation.upsert({ where: { eventId_locale: { eventId: old.id, locale } }, create: { eventId: old.id, locale, ...t }, update: t });
    }
    await tx.evidence.updateMany({ where: { eventId: old.id, replacedAt: null }, data: { replacedAt: new Date() } });
    await tx.evidence.create({ data: { eventId: old.id, ...evidenceRow(event) } });
    await tx.eventCorrection.create({ data: { eventId: old.id, kind: "CORRECTED", reason: REASON.en, translations: { create: { locale: "ug", reason: REASON.ug } } } });
    await audit(tx, "CampaignEvent", old.id, { title: old.title, body: old.body, translations: old.translations }, { title: event.title, body: event.body, evidence: event.evidence, reason: REASON.en });
  }
}

/** Applies the correction to every seeded campaign the database has; returns what it kept and why. */
export async function correctTrackerRecord(tx: Tx): Promise<string[]> {
  const notes: string[] = [];
  for (const seed of seedCampaigns) {
    if (!(await tx.campaign.findUnique({ where: { slug: seed.slug }, select: { id: true } }))) continue;
    const campaignId = await correctText(tx, seed, notes);
    const targets = await correctDecisionMakers(tx, campaignId, seed);
    await correctEvents(tx, campaignId, seed, targets);
    // What the public page shows changed: a new version of it (docs/decisions/006).
    await tx.campaign.update({ where: { id: campaignId }, data: { updatedAt: new Date() } });
  }
  return notes;
}
