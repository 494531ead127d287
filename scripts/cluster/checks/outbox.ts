// An update reaches each follower exactly once while every instance's outbox worker sends: each
// instance has its own mail server here, so the figures say which instance sent what.
import { recipientsOf } from "../../../test/smtp-server";
import { createCampaign, createSupporters } from "../data";
import { submitForm } from "../form-post";
import type { Check } from "../context";

const FOLLOWERS = 500;

export const outboxCheck: Check = {
  name: "one email per follower with every instance sending",
  async run(cluster) {
    const { db, run, smtp, instances } = cluster;
    const campaignId = await createCampaign(db, { id: `${run}mail`, slug: `cluster-${run}-mail`, title: "Cluster check: email" });
    await db.query(
      `WITH users AS (
         INSERT INTO "User" (id, email, role, "updatedAt")
         SELECT $1 || g, $1 || '-' || g || '@followers.test', 'SUPPORTER', now() FROM generate_series(1, $2::int) g RETURNING id)
       INSERT INTO "Follow" ("userId", "campaignId", "createdAt") SELECT id, $3, now() FROM users`,
      [`${run}f`, FOLLOWERS, campaignId],
    );
    for (const catcher of smtp) catcher.clear();
    // An editor posts it from the admin page, as a browser without JavaScript would.
    const [[editorId, token]] = (await createSupporters(db, `${run}e`, 1)) as [[string, string]];
    await db.query(`UPDATE "User" SET role = 'EDITOR' WHERE id = $1`, [editorId]);
    const posted = await submitForm(cluster.client, {
      url: `${cluster.origin}/admin/updates`,
      headers: { Origin: cluster.origin, Cookie: `${cluster.cookieName}=${token}` },
      containing: "title",
      fields: { campaignId, title: "Cluster update", body: "Sent once to each follower." },
    });
    if (posted.status !== 200 || !posted.body.includes(`${FOLLOWERS} followers will get an email`)) {
      return { name: this.name, ok: false, lines: [`posting the update answered ${posted.status}: ${posted.body.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 300)}`] };
    }
    const deadline = Date.now() + 120_000;
    const sent = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "EmailOutbox" WHERE status = 'SENT' AND "to" LIKE $1`, [`${run}f-%`])).rows[0]!.n;
    while ((await sent()) < FOLLOWERS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    // Each row is marked sent after its message was accepted: once all are marked, all arrived.
    const perInstance = smtp.map((catcher) => catcher.messages.flatMap(recipientsOf).filter((to) => to.startsWith(`${run}f-`)));
    const all = perInstance.flat();
    const distinct = new Set(all);
    const ok = all.length === FOLLOWERS && distinct.size === FOLLOWERS && perInstance.every((list) => list.length > 0);
    return {
      name: this.name,
      ok,
      lines: [
        `${FOLLOWERS} followers: ${all.length} emails, ${distinct.size} distinct recipients, ${all.length - distinct.size} duplicates`,
        `sent by ${perInstance.map((list, i) => `${instances[i]!.name}: ${list.length}`).join(", ")}`,
      ],
    };
  },
};
