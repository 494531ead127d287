/**
 * The value of the cookie `name` in a Cookie header, or undefined. Of several cookies with that
 * name the last counts, as Next reads them. Only names are compared, exactly; values are not
 * decoded (the app's own cookie values never need it).
 */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  let value: string | undefined;
  for (const pair of header.split(";")) {
    const at = pair.indexOf("=");
    if (at !== -1 && pair.slice(0, at).trim() === name) value = pair.slice(at + 1).trim();
  }
  return value;
}
