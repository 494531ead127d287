import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ug from "@/messages/ug.json";
import { SignatureChart, type ChartDay } from "./signature-chart";

const DATA: ChartDay[] = [
  { day: "2026-03-01", count: 4 },
  { day: "2026-03-02", count: 0 },
  { day: "2026-03-03", count: 17 },
];

function render(locale: "en" | "ug", data = DATA) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : ug} timeZone="UTC">
      <SignatureChart data={data} />
    </NextIntlClientProvider>,
  );
}

const barX = (html: string, day: string) => Number(new RegExp(`<rect data-day="${day}" x="([\\d.]+)"`).exec(html)?.[1]);

describe("SignatureChart", () => {
  it("is an image with a title, a summary and the numbers in a table for screen readers", () => {
    const html = render("en");
    expect(html).toMatch(/<svg role="img" aria-labelledby="[^"]+" aria-describedby="[^"]+"/);
    expect(html).toContain("<title");
    expect(html).toContain("Signatures per day</title>");
    expect(html).toContain("3 days from Mar 1, 2026 to Mar 3, 2026: 21 signatures in all, at most 17 on one day.");
    expect(html).toContain('<table class="sr-only">');
    expect(html).toMatch(/<th scope="row">Mar 3, 2026<\/th><td>17<\/td>/);
    expect(html).toContain('class="fill-brand-600"');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it("runs time left to right in English and right to left in Uyghur", () => {
    const english = render("en");
    expect(barX(english, "2026-03-01")).toBeLessThan(barX(english, "2026-03-03"));
    const uyghur = render("ug");
    expect(barX(uyghur, "2026-03-01")).toBeGreaterThan(barX(uyghur, "2026-03-03"));
    expect(uyghur).toContain("كۈنلۈك ئىمزالار");
  });

  it("draws an empty range without failing", () => {
    expect(render("en", [])).toContain("Signatures per day");
  });
});
