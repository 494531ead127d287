// A withdrawn name leaves every instance's pages (and nginx's cache) within a second.
import { createCampaign, createSupporters } from "../data";
import { seconds, type Check } from "../context";

const LIMIT_MS = 1_000;

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
    const readers = [...cluster.instances.map((i) => ({ label: i.name, url: `${i.origin}/campaigns/${slug}` })), { label: "nginx (cache)", url: `${origin}/campaigns/${slug}` }];
    const shows = async (url: string) => (await client.request(url)).body.includes(name);
    for (const reader of readers) {
      const deadline = Date.now() + 15_000;
      while (!(await shows(reader.url))) {
        if (Date.now() > deadline) return { name: this.name, ok: false, lines: [`${reader.label} never showed the name before the withdrawal`] };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }

    // Withdrawn through the first instance; acknowledged when its answer arrives.
    const withdrawn = await client.request(`${cluster.instances[0]!.origin}/api/campaigns/${slug}/signature`, { method: "DELETE", headers: signer });
    const at = Date.now();
    if (withdrawn.status !== 200) return { name: this.name, ok: false, lines: [`withdrawing answered ${withdrawn.status}`] };
    const gone = await Promise.all(
      readers.map(async (reader) => {
        // Gone once three answers in a row no longer show it (a cache must not bring it back).
        let firstGone: number | undefined;
        let inARow = 0;
        while (Date.now() - at < 10_000 && inARow < 3) {
          if (await shows(reader.url)) {
            firstGone = undefined;
            inARow = 0;
          } else {
            firstGone ??= Date.now() - at;
            inARow += 1;
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return { ...reader, ms: inARow >= 3 ? firstGone! : Infinity };
      }),
    );
    const lines = gone.map((g) => `${g.label}: name gone after ${Number.isFinite(g.ms) ? seconds(g.ms) : "more than 10 s"} ${g.ms <= LIMIT_MS ? "(≤ 1 s)" : "(> 1 s)"}`);
    return { name: this.name, ok: gone.every((g) => g.ms <= LIMIT_MS), lines };
  },
};
