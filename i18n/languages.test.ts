import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scriptLang } from "@/lib/script-lang";
import { comma } from "@/components/tracker/join-parts";
import { languages, localeOfPath, routing } from "./routing";

const messagesDir = path.resolve(import.meta.dirname, "..", "messages");
const read = (file: string) => JSON.parse(readFileSync(path.join(messagesDir, file), "utf8")) as Record<string, unknown>;

// Every message's path and the placeholders it uses ("Count.signatures" → ["count"]).
function shape(messages: Record<string, unknown>, prefix = ""): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, [...new Set([...value.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]!))].sort());
    else for (const [k, v] of shape(value as Record<string, unknown>, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

describe("the languages of the site (i18n/routing.ts)", () => {
  it("has a messages file for each language and none for a language it does not list", () => {
    const files = readdirSync(messagesDir).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...routing.locales].sort());
  });

  it("has every message of the default language, with the same placeholders, in every other language", () => {
    const reference = shape(read(`${routing.defaultLocale}.json`));
    for (const locale of routing.locales) {
      const messages = shape(read(`${locale}.json`));
      expect([...messages.keys()].sort(), locale).toEqual([...reference.keys()].sort());
      for (const [key, placeholders] of reference) expect(messages.get(key), `${locale}: ${key}`).toEqual(placeholders);
    }
  });

  it("writes no message of another language in English (a left-over placeholder)", () => {
    const englishText = new Map(Object.entries(flatten(read("en.json"))));
    for (const locale of routing.locales.filter((l) => l !== "en")) {
      const same = Object.entries(flatten(read(`${locale}.json`))).filter(([key, text]) => englishText.get(key) === text && /[a-z]{4,}/.test(text) && !/^\{/.test(text));
      expect(same.map(([key]) => key), locale).toEqual([]);
    }
    expect(englishText.size).toBeGreaterThan(600);
  });

  it("finds the language of a path, the direction and the script of each", () => {
    expect(localeOfPath("/tr/campaigns/x")).toBe("tr");
    expect(localeOfPath("/ug")).toBe("ug");
    expect(localeOfPath("/trx/campaigns")).toBe("en");
    expect(languages.tr).toMatchObject({ dir: "ltr", script: "Latn", name: "Türkçe" });
    expect(languages.ug.dir).toBe("rtl");
  });

  it("marks a name by its script: the page's language when it shares the script, else the first language in that script", () => {
    expect(scriptLang("Doğu Türkistan Sürgün Hükümeti", "tr")).toBe("tr");
    expect(scriptLang("East Turkistan Government in Exile", "ug")).toBe("en");
    expect(scriptLang("شەرقىي تۈركىستان", "tr")).toBe("ug");
    expect(scriptLang("12345", "tr")).toBe("tr");
    expect(comma("ug")).toBe("، ");
    expect(comma("tr")).toBe(", ");
  });
});

function flatten(messages: Record<string, unknown>, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value as Record<string, unknown>, `${prefix}${key}.`)))),
  );
}
