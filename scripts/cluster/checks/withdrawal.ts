// A withdrawn name leaves every instance's pages within a second. nginx's copy of a page lives
// until the second it was fetched in ends (lib/front-door/shared-cache-expiry.ts), so through
// nginx it may take up to one second more than on the instance that answered it.
import { createCampaign, createSupporters } from "../data";
import { asFromNginx, seconds, type Check } from "../context";
import { describeGone, timeUntilGone } from "../gone";

const INSTANCE_LIMIT_MS = 1_000;
const NGINX_LIMIT_MS = 2_000;

export const withdrawalCheck: Check = {
  name: "a withdrawal clears a name on every instance within 1 s",
  async run(cluster) {
    const { client, db, origin, cookieName, run } = cluster;
    const slug = `cluster-${run}-names`;
    await createCampaign(db, { id: `${run}names`, slug, title: "Cluster check: names" });
    const [[, token]] = (await createSupporters(db, `${run}n`, 1)) as [[string, string]];
    const name = `Canary ${run}`;
    const signer = { Origin: origin, Cookie: `${cookieName}=${token}`, "Content-Type": "application/json" };
    const signed = await client.request(`${origin}/api/campaigns/${slug}/signature`, { method: "POST", headers: signer, body: JSON.stringify({ showName: true, displayName: name, follow: false }) });
    if (signed.status !== 200) return { name: this.name, ok: false, lines: [`signing answered ${signed.status}: ${signed.body.slice(0, 200)}`] };

    // Anonymous readers of each instance directly, and of nginx (its cache in between).
    const readers = [
      ...cluster.instances.map((i) => ({ label: i.name, url: `${i.origin}/campaigns/${slug}`, limit: INSTANCE_LIMIT_MS })),
      { label: "through nginx (its cache in between)", url: `${origin}/campaigns/${slug}`, limit: NGINX_LIMIT_MS },
    ];
    const shows = async (url: string) => (await client.request(url)).body.includes(name);
    for (const reader of readers) {
      const deadline = Date.now() + 15_000;
      while (!(await shows(reader.url))) {
        if (Date.now() > deadline) return { name: this.name, ok: false, lines: [`${reader.label} never showed the name before the withdrawal`] };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }

    // Withdrawn through the first instance; acknowledged when its answer arrives.
    const withdrawn = await client.request(`${cluster.instances[0]!.origin}/api/campaigns/${slug}/signature`, { method: "DELETE", headers: asFromNginx(cluster, token) });
    const at = Date.now();
    if (withdrawn.status !== 200) return { name: this.name, ok: false, lines: [`withdrawing answered ${withdrawn.status}`] };
    const gone = await timeUntilGone(client, readers, name, at);
    const lines = gone.map((g) => `${g.label}: ${describeGone(g, seconds)} (limit ${seconds(g.limit)})`);
    return { name: this.name, ok: gone.every((g) => g.lastShownSentMs <= g.limit), lines };
  },
};
