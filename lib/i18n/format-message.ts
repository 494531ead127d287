// The few message shapes the public pages' client components use, formatted without
// next-intl's client runtime (IntlMessageFormat and its parser: some 12 KB of compressed
// JavaScript on every page, issue 13): `{name}`, and `{name, plural, =0 {…} one {# …} other {…}}`
// with `#` and nested arguments, and ICU's apostrophe quoting. The server draws the same
// components with the same function, so the page hydrates as it was rendered; the messages are
// the same files next-intl reads, and lib/i18n/format-message.test.ts checks every client
// message, in every language, against next-intl's own output.

export type MessageValues = Readonly<Record<string, string | number>>;

type Scope = { locale: string; values: MessageValues; pound?: number };

class Reader {
  i = 0;
  constructor(readonly text: string) {}
  fail(what: string): never {
    throw new Error(`message ${JSON.stringify(this.text)}: ${what} at ${this.i}`);
  }
  skipSpace() {
    while (/\s/.test(this.text[this.i] ?? "")) this.i += 1;
  }
  word(): string {
    this.skipSpace();
    const start = this.i;
    while (this.i < this.text.length && !/[\s,{}]/.test(this.text[this.i]!)) this.i += 1;
    if (start === this.i) this.fail("expected a name");
    return this.text.slice(start, this.i);
  }
  expect(char: string) {
    this.skipSpace();
    if (this.text[this.i] !== char) this.fail(`expected "${char}"`);
    this.i += 1;
  }
}

// Text up to the closing brace of the current level (or the end).
function body(r: Reader, scope: Scope): string {
  let out = "";
  while (r.i < r.text.length) {
    const c = r.text[r.i]!;
    if (c === "}") return out;
    if (c === "'") {
      out += quoted(r, scope.pound !== undefined);
      continue;
    }
    if (c === "{") {
      out += argument(r, scope);
      continue;
    }
    if (c === "#" && scope.pound !== undefined) {
      out += new Intl.NumberFormat(scope.locale).format(scope.pound);
      r.i += 1;
      continue;
    }
    out += c;
    r.i += 1;
  }
  return out;
}

// ICU's apostrophe: '' is one apostrophe; an apostrophe before a brace (or # in a plural) quotes
// up to the next lone apostrophe; any other apostrophe is itself.
function quoted(r: Reader, inPlural: boolean): string {
  const next = r.text[r.i + 1];
  if (next === "'") {
    r.i += 2;
    return "'";
  }
  if (next === "{" || next === "}" || (inPlural && next === "#")) {
    let out = "";
    r.i += 1;
    while (r.i < r.text.length) {
      if (r.text[r.i] === "'") {
        if (r.text[r.i + 1] === "'") {
          out += "'";
          r.i += 2;
          continue;
        }
        r.i += 1;
        return out;
      }
      out += r.text[r.i];
      r.i += 1;
    }
    return out;
  }
  r.i += 1;
  return "'";
}

function argument(r: Reader, scope: Scope): string {
  r.i += 1;
  const name = r.word();
  r.skipSpace();
  const value = scope.values[name];
  if (r.text[r.i] === "}") {
    r.i += 1;
    if (value === undefined) r.fail(`no value for "${name}"`);
    return String(value);
  }
  r.expect(",");
  const type = r.word();
  if (type !== "plural") r.fail(`"${type}" is not supported`);
  if (typeof value !== "number") r.fail(`"${name}" must be a number`);
  r.expect(",");
  const options = new Map<string, string>();
  for (;;) {
    r.skipSpace();
    if (r.text[r.i] === "}") break;
    const key = r.word();
    r.expect("{");
    const start = r.i;
    // Skip the option's text (formatted once chosen): find its closing brace.
    body(r, { ...scope, pound: 0 });
    options.set(key, r.text.slice(start, r.i));
    r.expect("}");
  }
  r.i += 1;
  const chosen = options.get(`=${value}`) ?? options.get(new Intl.PluralRules(scope.locale).select(value)) ?? options.get("other");
  if (chosen === undefined) r.fail(`no "other" for "${name}"`);
  const inner = new Reader(chosen);
  return body(inner, { ...scope, pound: value });
}

export function formatMessage(locale: string, message: string, values: MessageValues = {}): string {
  const r = new Reader(message);
  const out = body(r, { locale, values });
  if (r.i < message.length) r.fail("unexpected \"}\"");
  return out;
}

type Texts = { readonly [key: string]: string | Texts };
// "errors.tooLong" for { errors: { tooLong } }.
type KeyOf<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyOf<T[K]>}` }[keyof T & string];

/** A namespace's messages (as the server handed them over), read by key like next-intl's `t`. */
export function textsOf<T extends Texts>(locale: string, texts: T) {
  return (key: KeyOf<T>, values?: MessageValues): string => {
    let node: string | Texts | undefined = texts;
    for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") throw new Error(`no message "${key}"`);
    return formatMessage(locale, node, values);
  };
}

/** A number as next-intl's `format.number` writes it. */
export const formatNumber = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);

/** A day as next-intl's `format.dateTime(date, { dateStyle: "long" })` writes it (the site's time zone is UTC). */
export const formatLongDate = (locale: string, date: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
