// Direct access to the database the e2e server uses, for fixtures that tests arrange themselves.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";

export function e2eDatabaseUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const dir = path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/e2e-pg");
  const password = readFileSync(`${dir}.password`, "utf8").trim();
  const port = process.env.E2E_PG_PORT ?? "54330";
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/campaigns`;
}

export function e2eDb() {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl() }) });
}
