// A database exactly as today's main left it after seeding (prisma/fixtures holds its rows),
// brought up to the current schema by the committed migrations: what an operator upgrading has.
// `before` runs on the old schema, between the first migration and the rest.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const migrations = readdirSync(path.join(root, "prisma", "migrations"))
  .filter((name) => /^\d{14}_/.test(name))
  .sort()
  .map((name) => readFileSync(path.join(root, "prisma", "migrations", name, "migration.sql"), "utf8"));
const FIXTURE = JSON.parse(readFileSync(path.join(root, "prisma", "fixtures", "seeded-by-main-2026-11.json"), "utf8")) as Record<string, Record<string, unknown>[]>;
const TABLES = ["Campaign", "CampaignTranslation", "Target", "TargetTranslation", "CampaignEvent", "CampaignEventTranslation"];

export type UpgradedDatabase = { url: string; drop: () => Promise<void> };

export async function databaseSeededByMain({ name, before }: { name: string; before?: (client: pg.Client) => Promise<void> }): Promise<UpgradedDatabase> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(migrations[0]!);
    for (const table of TABLES) {
      for (const row of FIXTURE[table] ?? []) {
        const columns = Object.keys(row);
        await client.query(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
          columns.map((c) => row[c]),
        );
      }
    }
    await before?.(client);
    for (const sql of migrations.slice(1)) await client.query(sql);
  } finally {
    await client.end();
  }
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
