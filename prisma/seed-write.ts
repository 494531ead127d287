// Writing the seed's records, shared by a new database (seed.ts) and the correction of one seeded
// earlier (seed-corrections.ts).
import type { Prisma } from "../lib/generated/prisma/client";
import { seedDecisionMakers, type SeedCampaign, type SeedEvent } from "./seed-data";

type Tx = Prisma.TransactionClient;

export const day = (value: string) => new Date(`${value}T00:00:00Z`);

const translationRows = <T extends object>(translations: Record<string, T>) => Object.entries(translations).map(([locale, text]) => ({ locale, ...text }));

// The seed's decision maker with this key: found by its key, or created. An existing one is left
// as it is (staff may have edited it).
export async function seededDecisionMaker(tx: Tx, key: string): Promise<string> {
  const seed = seedDecisionMakers.find((d) => d.key === key);
  if (!seed) throw new Error(`seed-data.ts names no decision maker "${key}"`);
  const existing = await tx.decisionMaker.findUnique({ where: { seedKey: key }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.decisionMaker.create({
    data: {
      seedKey: key,
      locale: "en",
      name: seed.name,
      title: seed.title,
      institution: seed.institution,
      jurisdiction: seed.jurisdiction,
      translations: { create: translationRows(seed.translations) },
    },
    select: { id: true },
  });
  return created.id;
}

// Links the campaign to its decision makers, in the seed's order; returns campaign target ids by key.
export async function linkSeededTargets(tx: Tx, campaignId: string, seed: SeedCampaign): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [position, key] of seed.targets.entries()) {
    const decisionMakerId = await seededDecisionMaker(tx, key);
    const link = await tx.campaignTarget.upsert({
      where: { campaignId_decisionMakerId: { campaignId, decisionMakerId } },
      create: { campaignId, decisionMakerId, position },
      update: {},
      select: { id: true },
    });
    ids.set(key, link.id);
  }
  return ids;
}

// The event's source, as a link: history recorded from sources, not archived by the server (the
// public page says "not archived").
export function evidenceRow(event: SeedEvent) {
  return {
    kind: "LINK" as const,
    url: event.evidence.url,
    sourceTitle: event.evidence.title,
    sourcePublisher: event.evidence.publisher,
    sourceDate: event.evidence.date,
  };
}

export async function createSeededEvent(tx: Tx, campaignId: string, event: SeedEvent, targets: Map<string, string>) {
  await tx.campaignEvent.create({
    data: {
      campaignId,
      occurredOn: day(event.occurredOn),
      title: event.title,
      body: event.body,
      translations: { create: translationRows(event.translations) },
      changes: { create: Object.entries(event.positions).map(([key, status]) => ({ targetId: targets.get(key)!, status })) },
      evidence: { create: evidenceRow(event) },
    },
  });
}

export function campaignSource(seed: SeedCampaign) {
  return { sourceUrl: seed.source.url, sourceTitle: seed.source.title, sourcePublisher: seed.source.publisher, sourceDate: seed.source.date };
}
