// An update reaches each follower exactly once while every instance's outbox worker sends: each
// instance has its own mail server here, so the figures say which instance sent what.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { recipientsOf } from "../../../test/smtp-server";
import { root } from "../config";
import { createCampaign } from "../data";
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
    const first = instances[0]!.settings;
    execFileSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/cluster/post-update.ts", campaignId, "editor@cluster.test"], {
      cwd: root,
      stdio: "pipe",
      env: { PATH: process.env.PATH, NODE_ENV: "production", DATABASE_URL: first.databaseUrl, AUTH_URL: first.publicOrigin, AUTH_SECRET: "cluster-test-secret-0123456789abcdef-0123456789", EMAIL_SERVER: first.emailServer },
    });
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
