import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { formatMessage, textsOf } from "./format-message";
import { PUBLIC_CLIENT_NAMESPACES } from "@/i18n/client-messages";

const messagesDir = path.resolve(import.meta.dirname, "..", "..", "messages");
type Tree = { [key: string]: string | Tree };
const read = (locale: string) => JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), "utf8")) as Tree;

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

// Plural arguments get numbers that reach every category of every language (0, 1, 2, few,
// many, thousands); the others get numbers too (a goal, a limit) and text with characters ICU
// treats specially.
const NUMBERS = [0, 1, 2, 3, 5, 11, 21, 101, 1000, 12345];

describe("formatMessage: the public pages' client messages without next-intl's client", () => {
  for (const locale of routing.locales) {
    it(`formats every client message in ${locale} as next-intl does`, () => {
      const messages = read(locale);
      let checked = 0;
      for (const namespace of PUBLIC_CLIENT_NAMESPACES) {
        const t = createTranslator({ locale, messages, namespace: namespace as never, timeZone: "UTC" }) as unknown as (key: string, values?: Record<string, unknown>) => string;
        for (const [key, message] of leaves(messages[namespace] as Tree)) {
          const plural = new Set([...message.matchAll(/\{\s*(\w+)\s*,\s*plural/g)].map((m) => m[1]!));
          const names = new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!));
          for (const n of NUMBERS) {
            const values = Object.fromEntries([...names].map((name) => [name, plural.has(name) || n % 2 === 1 ? n : `a'b{${n}}`]));
            expect(formatMessage(locale, message, values), `${locale} ${namespace}.${key} with ${JSON.stringify(values)}`).toBe(t(key, values));
            checked += 1;
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
    });
  }

  it("reads ICU's quoting and nested plurals", () => {
    expect(formatMessage("en", "It''s '{literal}' {n, plural, one {# item ('#' {x})} other {# items}}", { n: 1, x: "y" })).toBe("It's {literal} 1 item (# y)");
    expect(formatMessage("en", "{n, plural, =0 {none} other {# of them}}", { n: 1234 })).toBe("1,234 of them");
    expect(formatMessage("ug", "{n, plural, other {# ئىمزا}}", { n: 5 })).toBe("5 ئىمزا");
  });

  it("refuses what it cannot format rather than printing it wrong", () => {
    expect(() => formatMessage("en", "{d, date, long}", { d: 1 })).toThrow(/not supported/);
    expect(() => formatMessage("en", "Hello {name}")).toThrow(/no value/);
    expect(() => formatMessage("en", "{n, plural, other {#}}", { n: "1" })).toThrow(/must be a number/);
  });

  it("reads nested keys of a namespace", () => {
    const t = textsOf("en", { errors: { tooLong: "At most {max}." } });
    expect(t("errors.tooLong", { max: 5 })).toBe("At most 5.");
    expect(() => t("errors.missing" as "errors.tooLong")).toThrow(/no message/);
  });
});
