import "server-only";
import { config } from "@/lib/server/config";
import { keyedHashWith } from "@/lib/security/keyed-hash";

/** AUTH_SECRET, the key of every keyed hash. */
export function keyedHashSecret(): string {
  const value = config().auth.secret;
  if (!value) throw new Error("AUTH_SECRET is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  return value;
}

// The keyed hash (lib/security/keyed-hash.ts) with the app's secret.
export function keyedHash(purpose: string, value: string): string {
  return keyedHashWith(keyedHashSecret(), purpose, value);
}
