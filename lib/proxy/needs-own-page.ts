import "server-only";
import type { NextRequest } from "next/server";
import { viewerOfRequest } from "@/lib/server/auth/sessions";
import { cookieName } from "@/lib/server/security/cookie-names";
import { decodePendingSignature } from "@/lib/server/signatures/pending-signature";

// Whether a visitor gets a campaign page rendered for them rather than the cached one: only
// with a session that is valid (checked, not just present) or a sign form waiting for them
// after signing in (a signed cookie). A made-up cookie of either kind gets the cached page:
// otherwise anyone could push every request onto the per-visitor render, at a fifteenth of
// the cached rate. The signed cookie is checked first: it costs no query.
export async function needsOwnPage(request: NextRequest, slug: string): Promise<boolean> {
  if (decodePendingSignature(request.cookies.get(cookieName("pending-signature"))?.value, slug)) return true;
  return (await viewerOfRequest(request)) !== null;
}
