import "server-only";
import { db } from "@/lib/server/db";
import { namedCountries, publicCountryBreakdown } from "@/lib/server/disclosure/public-breakdown";
import { suppressSmallCells, type Cell, type ShownCell } from "./suppress-cells";

const HEADER = ["campaign", "day", "country", "signatures"];

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some
// strip first) as a formula; a leading apostrophe makes it text. Slugs may start with "-".
function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

const csvLine = (fields: (string | number)[]) => fields.map(csvField).join(",") + "\r\n";

// The country column's value for every signer whose country the public breakdown does not
// name: countries under the threshold over the whole campaign, and no country given.
export const OTHER_COUNTRIES = "other";

type Row = { campaign: string; day: string; country: string; count: number };

/**
 * Signature counts per campaign, UTC day and country as CSV (RFC 4180, every field quoted).
 * Countries are grouped exactly as the public sees them (publicCountryBreakdown over the
 * campaign's totals): a country is named only if the campaign has at least 10 signers from it;
 * every other signer, and those who gave no country, are "other". Then small cells are
 * suppressed (see suppress-cells.ts). Only counts leave: no signer, name, comment, email or id.
 */
export async function exportCounts(): Promise<string> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT c."slug" AS "campaign",
           to_char(s."createdAt"::date, 'YYYY-MM-DD') AS "day",
           COALESCE(s."country", '') AS "country",
           count(*)::int AS "count"
      FROM "Signature" s
      JOIN "Campaign" c ON c."id" = s."campaignId"
     GROUP BY 1, 2, 3`;
  return toCsv(suppressSmallCells(groupAsPublic(rows.map((r) => ({ ...r, count: Number(r.count) })))));
}

// Rows re-grouped into the named countries of each campaign and "other", sorted by campaign,
// day, then country ("other" last).
export function groupAsPublic(rows: Row[]): Cell[] {
  const totals = new Map<string, [string, number][]>();
  for (const r of rows) totals.set(r.campaign, [...(totals.get(r.campaign) ?? []), [r.country, r.count]]);
  const named = new Map([...totals].map(([campaign, counts]) => [campaign, namedCountries(publicCountryBreakdown(counts))]));
  const cells = new Map<string, Cell>();
  for (const r of rows) {
    const country = named.get(r.campaign)?.has(r.country) ? r.country : OTHER_COUNTRIES;
    const key = `${r.campaign}\0${r.day}\0${country}`;
    const cell = cells.get(key);
    if (cell) cell.count += r.count;
    else cells.set(key, { campaign: r.campaign, day: r.day, country, count: r.count });
  }
  const order = (c: string) => (c === OTHER_COUNTRIES ? "\uffff" : c);
  return [...cells.values()].sort(
    (a, b) => a.campaign.localeCompare(b.campaign) || a.day.localeCompare(b.day) || order(a.country).localeCompare(order(b.country)),
  );
}

export function toCsv(cells: ShownCell[]): string {
  return csvLine(HEADER) + cells.map((c) => csvLine([c.campaign, c.day, c.country, c.value])).join("");
}
