import "server-only";
import { readdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { config } from "@/lib/server/config";
import type { RetentionTaskOptions } from "../retention-schedule";

// Without an SMTP server, emails are written as .eml files (lib/server/email/transport.ts):
// copies older than the email period go too. Each instance writes its own folder and cleans
// it when it runs the job; a dry run only counts.
export async function deleteOutboxFiles({ days, dryRun }: RetentionTaskOptions & { days: number }): Promise<number> {
  const dir = config().email.outboxDir;
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const cutoff = Date.now() - days * 24 * 60 * 60 * 1000;
  let count = 0;
  for (const name of names.filter((n) => n.endsWith(".eml"))) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile() || info.mtimeMs >= cutoff) continue;
    if (!dryRun) await unlink(file).catch(() => undefined);
    count += 1;
  }
  return count;
}
