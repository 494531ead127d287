import { findSessionWith, type Viewer } from "@/lib/auth/find-session";
import { roleMay } from "@/lib/auth/permissions";
import { signedInRecently } from "@/lib/auth/recent-sign-in";
import type { SigningDatabase } from "@/lib/database/query";
import { sameOriginRequest } from "@/lib/security/same-origin";
import { signAsSupporterWith } from "@/lib/signing/sign-as-supporter";
import { withdrawAsSupporterWith } from "@/lib/signing/withdraw-as-supporter";
import { fieldErrors } from "@/lib/validation/field-errors";
import { signatureInput } from "@/lib/validation/signature";
import { prepareJson, type PreparedJson } from "../step";

// The signing endpoint for scripts, integrations and the benchmark: POST signs (a JSON body with
// the sign form's fields), DELETE withdraws. The same rules as the sign form's Server Action and
// the same data functions (lib/signing), which also apply the rate limit; answered by the front
// door, without Next (docs/decisions/021). Every answer is `no-store` (the front door's default).
export type SignatureRequest = {
  method: "POST" | "DELETE";
  slug: string;
  /** The request's body as text (POST), already capped by the body limits. */
  body: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** The session cookie's value, if the request carries one. */
  sessionToken: string | undefined;
};

const FORBIDDEN = prepareJson(403, { error: "forbidden", message: "Cross-site requests are refused." });
const UNAUTHENTICATED = prepareJson(401, { error: "unauthenticated", message: "Sign in first." });
const NOT_PERMITTED = prepareJson(404, { error: "not_found" });
const NOT_FOUND = prepareJson(404, { error: "not_found", message: "No public campaign has this slug." });
const NOT_OPEN = prepareJson(409, { error: "not_open", message: "This campaign is not open for signatures." });
const INVALID_JSON = prepareJson(400, { error: "invalid_json", message: 'The body must be a JSON object, such as {"showName": false}.' });

const rateLimited = (retryAfterSeconds: number) =>
  prepareJson(429, { error: "rate_limited", message: "Too many requests; try again later." }, { "Retry-After": String(retryAfterSeconds) });

// The body must be a JSON object: anything else (an empty body, "{", a list) is a 400 and signs
// nothing.
function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

// Who is asking and whether they may: from this site, signed in, allowed to sign.
async function authorise(database: SigningDatabase, siteOrigin: string, request: SignatureRequest): Promise<{ viewer: Viewer } | { refused: PreparedJson }> {
  if (!sameOriginRequest({ origin: request.origin, secFetchSite: request.secFetchSite }, siteOrigin)) return { refused: FORBIDDEN };
  const viewer = await findSessionWith(database.query, request.sessionToken);
  if (!viewer) return { refused: UNAUTHENTICATED };
  if (!roleMay(viewer.role, "signature:write")) return { refused: NOT_PERMITTED };
  return { viewer };
}

async function sign(database: SigningDatabase, siteOrigin: string, request: SignatureRequest): Promise<PreparedJson> {
  const fields = jsonObject(request.body);
  if (!fields) return INVALID_JSON;
  const parsed = signatureInput.safeParse({ showName: false, follow: false, ...fields });
  if (!parsed.success) return prepareJson(422, { error: "invalid", message: "Some fields are not valid.", fields: fieldErrors(parsed.error) });
  const who = await authorise(database, siteOrigin, request);
  if ("refused" in who) return who.refused;
  const result = await signAsSupporterWith(database, { slug: request.slug, userId: who.viewer.id, input: parsed.data });
  if (!result.ok) {
    if (result.reason === "rate_limited") return rateLimited(result.retryAfterSeconds);
    return result.reason === "not_open" ? NOT_OPEN : NOT_FOUND;
  }
  // A session older than a day is not told whether it had signed before (lib/auth/recent-sign-in.ts).
  const told = signedInRecently(who.viewer) ? { alreadySigned: result.alreadySigned } : {};
  return prepareJson(200, { ok: true, ...told, signatureCount: result.signatureCount });
}

async function withdraw(database: SigningDatabase, siteOrigin: string, request: SignatureRequest): Promise<PreparedJson> {
  const who = await authorise(database, siteOrigin, request);
  if ("refused" in who) return who.refused;
  const result = await withdrawAsSupporterWith(database, { slug: request.slug, userId: who.viewer.id });
  if (!result.ok) return rateLimited(result.retryAfterSeconds);
  return prepareJson(200, { ok: true, withdrawn: result.withdrawn, signatureCount: result.signatureCount });
}

/** The answer to a signing request, as the front door sends it. */
export function answerSignature(database: SigningDatabase, siteOrigin: string, request: SignatureRequest): Promise<PreparedJson> {
  return request.method === "POST" ? sign(database, siteOrigin, request) : withdraw(database, siteOrigin, request);
}
