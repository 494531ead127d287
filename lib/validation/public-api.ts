import { z } from "zod";
import { routing } from "@/i18n/routing";
import { TARGET_STATUSES } from "./tracker";

// The public JSON API's shapes. The route handlers build their answers through these types,
// and /api/openapi.json is generated from these same schemas (lib/server/api/openapi.ts), so
// the documentation cannot drift from what the API sends.

export const apiRegistry = z.registry<{ id: string }>();

const STATUSES = ["open", "closed", "achieved", "archived"] as const;
const POSITIONS = TARGET_STATUSES.map((s) => s.toLowerCase()) as [Lowercase<(typeof TARGET_STATUSES)[number]>, ...Lowercase<(typeof TARGET_STATUSES)[number]>[]];
const isoDay = z.iso.date().describe("A day, YYYY-MM-DD (UTC).");
const isoTime = z.iso.datetime().describe("An instant, ISO 8601 in UTC.");
const url = z.url().describe("An absolute address.");

export const campaignsQuery = z.object({
  locale: z.enum(routing.locales).default(routing.defaultLocale).describe("Language of the text: a campaign not yet translated comes in the language it was written in."),
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe("Which page of the list, from 1."),
  perPage: z.coerce.number().int().min(1).max(100).default(50).describe("Campaigns per page, at most 100."),
});

export const campaignQuery = campaignsQuery.pick({ locale: true });

export const campaignSummary = z
  .object({
    slug: z.string().describe("The campaign's address on this site, and its key in this API."),
    title: z.string(),
    summary: z.string(),
    status: z.enum(STATUSES),
    goal: z.number().int().min(0),
    signatureCount: z.number().int().min(0).describe("Signatures that stand now (withdrawn ones are not counted); exact within seconds."),
    closesAt: isoTime.nullable(),
    url,
  })
  .meta({ description: "A public campaign: one demand, its goal and its count." });

export const campaignList = z.object({
  campaigns: z.array(campaignSummary),
  page: z.number().int().min(1),
  perPage: z.number().int().min(1),
  total: z.number().int().min(0).describe("Public campaigns in all."),
  links: z.object({ self: url, first: url, last: url, prev: url.nullable(), next: url.nullable() }),
});

export const decisionMakerJson = z.object({
  name: z.string(),
  title: z.string(),
  institution: z.string(),
  jurisdiction: z.string(),
  position: z.enum(POSITIONS).describe("Where the demand stands with this decision maker, from the tracker's record."),
  since: isoDay.nullable().describe("The day of the tracker event that set this position; null when none has."),
});

export const evidenceJson = z.object({
  url: url.nullable().describe("Where the evidence was found."),
  source: z.object({ title: z.string().nullable(), publisher: z.string().nullable(), date: z.string().nullable().describe("As precise as known: YYYY, YYYY-MM or YYYY-MM-DD.") }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable().describe("SHA-256 of the copy this site archived, in hex; null when only the link is kept."),
  archivedAt: isoTime.nullable(),
  archive: url.nullable().describe("The archived copy, exactly as archived (a download)."),
  verified: z.boolean().describe("Whether a second staff member checked the archived copy against its source."),
});

export const timelineEventJson = z.object({
  date: isoDay,
  title: z.string(),
  body: z.string(),
  lang: z.string(),
  changes: z.array(z.object({ decisionMaker: z.string(), from: z.enum(POSITIONS).nullable(), to: z.enum(POSITIONS) })).describe("The positions this event moved."),
  evidence: evidenceJson.nullable(),
  corrections: z.array(z.object({ at: isoTime, reason: z.string() })).describe("Corrections made to this entry, in public, with their reasons."),
  retracted: z.object({ at: isoTime, reason: z.string() }).nullable().describe("Set when the entry was retracted: it moves no position."),
});

export const updateJson = z.object({ title: z.string(), body: z.string(), publishedAt: isoTime });

export const countryBreakdownJson = z
  .object({
    asOf: isoTime.describe("When these figures were computed."),
    threshold: z.number().int().describe("A country with fewer signers than this is never named."),
    refreshSeconds: z.number().int().describe("The figures are recomputed at most this often."),
    countries: z.array(z.object({ country: z.string().regex(/^[A-Z]{2}$/).describe("ISO 3166-1 alpha-2."), signatureCount: z.number().int() })).describe("Countries with at least `threshold` signers, most first."),
    otherCountries: z
      .number()
      .int()
      .nullable()
      .describe("Signers in countries too small to name and signers who gave no country, together; null while they are fewer than the threshold."),
  })
  .describe("Signatures by the country signers gave, under the public disclosure rule.");

export const dayCountJson = z.object({ day: isoDay, count: z.number().int().min(0) });

export const campaignDetail = campaignSummary.extend({
  body: z.string().describe("The demand in full, as Markdown."),
  lang: z.string().describe("The language the text is in."),
  opensAt: isoTime.nullable(),
  source: z.object({ title: z.string(), url: url.nullable() }).nullable(),
  targets: z.array(decisionMakerJson).describe("The decision makers the demand is addressed to, with their current positions."),
  timeline: z.array(timelineEventJson).describe("The tracker, newest first."),
  updates: z.array(updateJson).describe("Updates posted to the campaign, newest first."),
  signaturesByCountry: countryBreakdownJson,
  signaturesPerDay: z.array(dayCountJson).describe("Signatures per UTC day for the last 365 days, oldest first, every day present; refreshed at most hourly."),
  links: z.object({ page: url, embed: url, badge: url, shareImage: url }),
});

export const countJson = z.object({
  slug: z.string(),
  goal: z.number().int().min(0),
  signatureCount: z.number().int().min(0),
  status: z.enum(STATUSES),
});

export const apiError = z.object({ error: z.string(), message: z.string() });

campaignSummary.register(apiRegistry, { id: "CampaignSummary" });
campaignList.register(apiRegistry, { id: "CampaignList" });
campaignDetail.register(apiRegistry, { id: "CampaignDetail" });
decisionMakerJson.register(apiRegistry, { id: "DecisionMaker" });
timelineEventJson.register(apiRegistry, { id: "TimelineEvent" });
evidenceJson.register(apiRegistry, { id: "Evidence" });
updateJson.register(apiRegistry, { id: "Update" });
countryBreakdownJson.register(apiRegistry, { id: "CountryBreakdown" });
dayCountJson.register(apiRegistry, { id: "DayCount" });
countJson.register(apiRegistry, { id: "Count" });
apiError.register(apiRegistry, { id: "Error" });

export type CampaignSummaryJson = z.infer<typeof campaignSummary>;
export type CampaignListJson = z.infer<typeof campaignList>;
export type CampaignDetailJson = z.infer<typeof campaignDetail>;
