import { describe, expect, it } from "vitest";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { aboutPageInput } from "./site-page";
import { campaignInput } from "./campaign";
import { decisionMakerInput } from "./decision-maker";
import { forEachLocale, LOCALES, perLocale } from "./locales";

describe("languages from i18n/routing.ts", () => {
  it("is the routing's list", () => {
    expect(LOCALES).toEqual(routing.locales);
  });

  it("gives every schema one translation per language of the routing", () => {
    const keys = (schema: z.ZodObject) => Object.keys(schema.shape).sort();
    const expected = [...routing.locales].sort();
    expect(keys(perLocale(z.string()))).toEqual(expected);
    expect(keys(aboutPageInput)).toEqual(expected);
    expect(Object.keys(forEachLocale(() => 1)).sort()).toEqual(expected);
  });

  it("refuses a language the routing does not list, and accepts every one it does", () => {
    const empty = { name: "", title: "", institution: "", jurisdiction: "" };
    for (const locale of routing.locales) {
      const input = { locale, text: forEachLocale(() => empty) };
      input.text[locale] = { ...empty, name: "N", institution: "I" };
      expect(decisionMakerInput.safeParse(input).success, locale).toBe(true);
    }
    expect(decisionMakerInput.safeParse({ locale: "xx", text: forEachLocale(() => ({ ...empty, name: "N", institution: "I" })) }).success).toBe(false);
    expect(campaignInput.safeParse({ locale: "xx" }).success).toBe(false);
  });
});
