import type { useFormatter } from "next-intl";

type Format = ReturnType<typeof useFormatter>;

// A source's date as precise as it is known: "2024", "January 2024" or "19 January 2024".
export function formatPartialDate(format: Format, value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return format.dateTime(new Date(`${value}-01T00:00:00Z`), { year: "numeric", month: "long", timeZone: "UTC" });
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return value;
}
