import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapter } from "./prisma/cli-adapter";

// Prisma 6.19 with its WASM schema engine: the CLI talks to PostgreSQL through the pg driver
// adapter, so no native engine is ever downloaded. Without DATABASE_URL the CLI would fall back
// to a native engine and fail, so a placeholder keeps commands that need no database (generate) working.
process.env.DATABASE_URL ??= "postgresql://localhost:5432/unset";
const url = process.env.DATABASE_URL;

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  adapter: async () => cliAdapter(url),
});
