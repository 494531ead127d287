// A source's date as precise as it is known ("2024", "January 2024", "19 January 2024"), written
// in the language of the citation it belongs to.
export function formatPartialDate(value: string, lang: string): string {
  const format = (iso: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { ...options, timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return format(`${value}-01`, { year: "numeric", month: "long" });
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return format(value, { dateStyle: "long" });
  return value;
}
