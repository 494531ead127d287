import { describe, expect, it } from "vitest";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { aboutPageInput } from "./site-page";
import { campaignInput } from "./campaign";
import { decisionMakerInput } from "./decision-maker";
import { eventCorrectionInput, eventRetractionInput, trackerEventInput } from "./tracker";
import { forEachLocale, knownLocale, LOCALES, otherLocales, perLocale } from "./locales";

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

  it("gives the tracker's event, correction and retraction one translation per language of the routing", () => {
    const expected = [...routing.locales].sort();
    const event = { campaignId: "c", occurredOn: "2026-01-01", title: "T", body: "", evidenceUrl: "", sourceTitle: "", sourcePublisher: "", sourceDate: "" };
    // A form leaves out the campaign's own language: its entries are empty, not missing.
    const recorded = trackerEventInput.parse(event);
    expect(Object.keys(recorded.translations).sort()).toEqual(expected);
    expect(Object.values(recorded.translations)).toEqual(routing.locales.map(() => ({ title: "", body: "" })));
    const corrected = eventCorrectionInput.parse({ ...event, eventId: "e", reason: "R" });
    expect(Object.keys(corrected.translations).sort()).toEqual(expected);
    expect(Object.keys(corrected.reasonTranslations).sort()).toEqual(expected);
    const retracted = eventRetractionInput.parse({ campaignId: "c", eventId: "e", reason: "R" });
    expect(Object.keys(retracted.reasonTranslations).sort()).toEqual(expected);
    for (const locale of routing.locales) {
      const filled = trackerEventInput.parse({ ...event, translations: { [locale]: { title: `T ${locale}`, body: "B" } } });
      expect(filled.translations[locale], locale).toEqual({ title: `T ${locale}`, body: "B" });
    }
  });

  it("offers a text every language but its own, and reads a language the routing no longer lists as the default", () => {
    for (const locale of routing.locales) expect(otherLocales(locale)).toEqual(routing.locales.filter((l) => l !== locale));
    expect(knownLocale("xx")).toBe(routing.defaultLocale);
  });
});
