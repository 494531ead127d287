import { z } from "zod";
import { isHttpUrl } from "./url";
import { CONTROL_CHARACTERS, isPlainText } from "./text";

// Field rules shared by the admin schemas. Messages are keys into the Admin.errors messages.
export { LOCALES, type LocaleValue } from "./locales";

export const text = (max: number) => z.string().trim().max(max, { message: "tooLong" }).refine((v) => isPlainText(v, { multiline: true }), { message: CONTROL_CHARACTERS });
// Ids and addresses: one line of plain text, or a query would be handed a NUL.
const line = (max: number) => z.string().trim().max(max, { message: "tooLong" }).refine((v) => isPlainText(v), { message: CONTROL_CHARACTERS });
export const required = (max: number) => text(max).min(1, { message: "required" });

// A checkbox from a plain form ("on" or absent) or from react-hook-form (true or false).
export const checkbox = z
  .union([z.enum(["on", ""]), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on");

const realDay = (v: string) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

export const isoDate = z
  .string()
  .trim()
  .max(10, { message: "dateInvalid" })
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && realDay(v)), { message: "dateInvalid" });

// A date as precise as the source gives it: "2024", "2024-01" or "2024-01-19" (ISO 8601).
export const partialDate = z
  .string()
  .trim()
  .max(10, { message: "partialDateInvalid" })
  .refine((v) => v === "" || /^\d{4}$/.test(v) || (/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) || (/^\d{4}-\d{2}-\d{2}$/.test(v) && realDay(v)), {
    message: "partialDateInvalid",
  });

export const httpUrl = line(2000).refine((v) => v === "" || isHttpUrl(v), { message: "urlInvalid" });

// Ids of rows (cuid, or the seed's and migration's own readable ids).
export const rowId = line(100).refine((v) => v !== "", { message: "required" });
