// When no instance answers at all (both killed), nginx serves the JSON API from its stale copies
// and answers everything else with a short page in the reader's language, with Retry-After: no
// page is served stale, so no withdrawn name can come back from the cache.
import { languages, routing } from "../../../i18n/routing";
import { localePath } from "../../../lib/locale-path";
import { killInstance } from "../instances";
import type { Check } from "../context";

const LANGUAGE_NAME = new Intl.DisplayNames(["en"], { type: "language" });

export const noInstanceCheck: Check = {
  name: "no instance answering: stale JSON, an unavailable page in the reader's language",
  async run(cluster) {
    const { client, origin } = cluster;
    const lines: string[] = [];
    let ok = true;
    const json = "/api/campaigns/support-icc-complaint";
    await client.request(`${origin}${json}`);
    await Promise.all(cluster.instances.map((instance) => killInstance(instance)));
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // past the copies' freshness

    const stale = await client.request(`${origin}${json}`);
    const staleOk = stale.status === 200 && stale.headers["x-cache-status"] === "STALE" && stale.body.includes('"signatureCount"');
    lines.push(`${json}: ${stale.status}, ${stale.headers["x-cache-status"]} (served from nginx's last copy)`);
    ok &&= staleOk;
    // Every language's page, from i18n/routing.ts: the 503 page nginx serves is in the language of the address.
    const checks: { path: string; method: "GET" | "POST"; expected: string; answer: string }[] = [
      ...routing.locales.flatMap((locale) => {
        const path = localePath(locale, "/campaigns/support-icc-complaint");
        const expected = `lang="${locale}" dir="${languages[locale].dir}"`;
        const answer = `${LANGUAGE_NAME.of(locale)} answer`;
        return [{ path, method: "GET" as const, expected, answer }, ...(locale === routing.defaultLocale ? [] : [{ path, method: "POST" as const, expected, answer }])];
      }),
      { path: "/api/campaigns/support-icc-complaint/signature", method: "POST", expected: '"error":"unavailable"', answer: "JSON answer" },
    ];
    for (const { path, method, expected, answer: which } of checks) {
      const answer = await client.request(`${origin}${path}`, { method, headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" }, body: method === "POST" ? "x=1" : undefined });
      const pass = answer.status === 503 && answer.headers["retry-after"] === "5" && answer.body.includes(expected);
      lines.push(`${method} ${path}: ${answer.status}, Retry-After ${answer.headers["retry-after"] ?? "none"}, ${answer.body.includes(expected) ? `the ${which}` : "NOT the expected answer"}`);
      ok &&= pass;
    }
    return { name: this.name, ok, lines };
  },
};
