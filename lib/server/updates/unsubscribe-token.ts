import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { keyedHashSecret } from "@/lib/server/security/keyed-hash";

export type UnsubscribeTarget = { userId: string; campaignId: string };

// The purpose is part of what is signed, so a MAC made for anything else with AUTH_SECRET
// (keyed hashes for rate limits, sessions) can never pass as an unsubscribe token.
const PURPOSE = "unsubscribe:v1";

function mac(payload: string): string {
  return createHmac("sha256", keyedHashSecret()).update(`${PURPOSE}\0${payload}`).digest("base64url");
}

/**
 * A token that proves "this link was emailed to this user about this campaign". It carries the
 * two ids (readable, not secret: the email already names the campaign's page) and an HMAC over
 * them. It never expires, because an unsubscribe link in an old email must keep working
 * (RFC 8058 asks for it); it only stops working if AUTH_SECRET changes.
 */
export function createUnsubscribeToken({ userId, campaignId }: UnsubscribeTarget): string {
  const payload = Buffer.from(JSON.stringify([userId, campaignId])).toString("base64url");
  return `${payload}.${mac(payload)}`;
}

/** The user and campaign a token was made for, or null for anything forged, altered or malformed. */
export function verifyUnsubscribeToken(token: unknown): UnsubscribeTarget | null {
  if (typeof token !== "string" || token.length > 500) return null;
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  // Compared as text, not decoded bytes: base64url has several spellings of the same bytes,
  // and only the one we issued is accepted. timingSafeEqual throws on different lengths; a wrong
  // length is simply a wrong token.
  const given = Buffer.from(signature);
  const expected = Buffer.from(mac(payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const ids: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!Array.isArray(ids) || ids.length !== 2) return null;
    const [userId, campaignId] = ids as unknown[];
    if (typeof userId !== "string" || typeof campaignId !== "string" || !userId || !campaignId) return null;
    return { userId, campaignId };
  } catch {
    return null;
  }
}
