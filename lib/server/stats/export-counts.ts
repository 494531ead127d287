import "server-only";
import { db } from "@/lib/server/db";
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

/**
 * Signature counts per campaign, UTC day and country as CSV (RFC 4180, every field quoted),
 * with small cells suppressed (see suppress-cells.ts). Only counts leave: no signer, name,
 * comment, email or id. Country "none" is signatures that gave no country.
 */
export async function exportCounts(): Promise<string> {
  const rows = await db.$queryRaw<{ campaign: string; day: string; country: string; count: number }[]>`
    SELECT c."slug" AS "campaign",
           to_char(s."createdAt"::date, 'YYYY-MM-DD') AS "day",
           COALESCE(NULLIF(s."country", ''), 'none') AS "country",
           count(*)::int AS "count"
      FROM "Signature" s
      JOIN "Campaign" c ON c."id" = s."campaignId"
     GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3`;
  const cells: Cell[] = rows.map((r) => ({ ...r, count: Number(r.count) }));
  return toCsv(suppressSmallCells(cells));
}

export function toCsv(cells: ShownCell[]): string {
  return csvLine(HEADER) + cells.map((c) => csvLine([c.campaign, c.day, c.country, c.value])).join("");
}
