// When no instance answers at all (both killed), nginx serves the JSON API from its stale copies
// and answers everything else with a short page in the reader's language, with Retry-After: no
// page is served stale, so no withdrawn name can come back from the cache.
import { killInstance } from "../instances";
import type { Check } from "../context";

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
    for (const [path, method, expected] of [
      ["/campaigns/support-icc-complaint", "GET", 'lang="en"'],
      ["/ug/campaigns/support-icc-complaint", "GET", 'lang="ug" dir="rtl"'],
      ["/ug/campaigns/support-icc-complaint", "POST", 'lang="ug" dir="rtl"'],
      ["/api/campaigns/support-icc-complaint/signature", "POST", '"error":"unavailable"'],
    ] as const) {
      const answer = await client.request(`${origin}${path}`, { method, headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" }, body: method === "POST" ? "x=1" : undefined });
      const pass = answer.status === 503 && answer.headers["retry-after"] === "5" && answer.body.includes(expected);
      lines.push(`${method} ${path}: ${answer.status}, Retry-After ${answer.headers["retry-after"] ?? "none"}, ${answer.body.includes(expected) ? `the ${expected.includes("ug") ? "Uyghur" : expected.includes("error") ? "JSON" : "English"} answer` : "NOT the expected answer"}`);
      ok &&= pass;
    }
    return { name: this.name, ok, lines };
  },
};
