// Rate limits live in the database: a supporter who alternates between instances gets no more
// than the limit in total (signing: 30 per 10 minutes per account).
import { createCampaign, createSupporters } from "../data";
import { asFromNginx, type Check } from "../context";

const LIMIT = 30;

export const rateLimitCheck: Check = {
  name: "rate limits are shared by every instance",
  async run(cluster) {
    const { client, db, run, instances } = cluster;
    const slug = `cluster-${run}-limits`;
    await createCampaign(db, { id: `${run}limits`, slug, title: "Cluster check: rate limits" });
    const [[, token]] = (await createSupporters(db, `${run}r`, 1)) as [[string, string]];
    const headers = { ...asFromNginx(cluster, token), "Content-Type": "application/json" };
    const accepted = new Map<string, number>();
    const refused: string[] = [];
    // Sign and withdraw in turn, each request on the other instance.
    for (let i = 0; i < LIMIT + 2; i += 1) {
      const instance = instances[i % instances.length]!;
      const answer = await client.request(`${instance.origin}/api/campaigns/${slug}/signature`, {
        method: i % 2 === 0 ? "POST" : "DELETE",
        headers,
        body: i % 2 === 0 ? JSON.stringify({ showName: false, follow: false }) : undefined,
      });
      if (answer.status === 200) accepted.set(instance.name, (accepted.get(instance.name) ?? 0) + 1);
      else if (answer.status === 429 && answer.headers["retry-after"]) refused.push(`request ${i + 1} refused by ${instance.name} (429, Retry-After ${answer.headers["retry-after"]} s)`);
      else refused.push(`request ${i + 1}: unexpected ${answer.status} from ${instance.name}`);
    }
    const total = [...accepted.values()].reduce((a, b) => a + b, 0);
    const ok = total === LIMIT && refused.length === 2 && refused.every((r) => r.includes("429"));
    return {
      name: this.name,
      ok,
      lines: [`${total} of ${LIMIT + 2} requests accepted in total (${[...accepted].map(([n, c]) => `${c} by ${n}`).join(", ")}); limit ${LIMIT} per account`, ...refused],
    };
  },
};
