import type { Viewer } from "./find-session";

// What a person signed and follows is shown only to someone who signed in recently: a phone
// seized with a live 30-day session must not list the campaigns its owner signed (PRODUCT.md,
// "Signer safety"). Older sessions still sign out, withdraw, delete the account and ask for a
// fresh link.
export const RECENT_SIGN_IN_HOURS = 24;

// The one place that reads when a session began, so a change to how sessions are stored
// touches only lib/auth/find-session.ts and this.
export function signedInRecently(viewer: Pick<Viewer, "signedInAt">, now: number = Date.now()): boolean {
  return now - viewer.signedInAt.getTime() < RECENT_SIGN_IN_HOURS * 60 * 60 * 1000;
}
