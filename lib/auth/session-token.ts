import { createHash, randomBytes } from "node:crypto";

// A session token lives in the browser's cookie; the database keeps only its SHA-256. The
// token is 256 random bits, so a plain hash is enough: there is nothing to guess. Shared by
// the app, the e2e fixtures and the bench, which write sessions of their own.
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

// What a token of ours (or Auth.js's) can look like; anything else is not looked up at all
// (a NUL byte in a cookie used to reach PostgreSQL, which refuses it).
export function isSessionTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{16,128}$/.test(token);
}
