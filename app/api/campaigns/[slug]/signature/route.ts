import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/server/authz";
import { getViewer } from "@/lib/server/auth/sessions";
import { signedInRecently } from "@/lib/server/auth/recent-sign-in";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/server/security/rate-limit";
import { isSameOrigin } from "@/lib/server/security/same-origin";
import { getCampaignCount } from "@/lib/server/signatures/get-campaign-count";
import { signCampaign } from "@/lib/server/signatures/sign-campaign";
import { withdrawSignature } from "@/lib/server/signatures/withdraw-signature";
import { signatureInput } from "@/lib/validation/signature";

// The signing endpoint for scripts and the benchmark: the same rules as the Server Action.
// POST signs (JSON body as the form's fields), DELETE withdraws. Session cookie required.
const json = (status: number, body: object, headers?: HeadersInit) => NextResponse.json(body, { status, headers });
const noStore = { "Cache-Control": "no-store" };

async function authorise(request: NextRequest) {
  if (!isSameOrigin(request)) return { error: json(403, { error: "forbidden", message: "Cross-site requests are refused." }, noStore) };
  const viewer = await getViewer();
  if (!viewer) return { error: json(401, { error: "unauthenticated", message: "Sign in first." }, noStore) };
  if (!can(viewer, "signature:write")) return { error: json(404, { error: "not_found" }, noStore) };
  const limited = await consumeRateLimits([[RATE_LIMITS.signingPerUser, viewer.id]]);
  if (!limited.ok) {
    const retry = String(limited.retryAfterSeconds);
    return { error: json(429, { error: "rate_limited", message: "Too many requests; try again later." }, { ...noStore, "Retry-After": retry }) };
  }
  return { viewer };
}

// The body must be a JSON object: anything else (an empty body, "{", a list) is a 400 and signs
// nothing. (It was read as {} and signed.) The front door has already capped it at 8 KB.
async function jsonObject(request: NextRequest): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = JSON.parse(await request.text());
    return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const fields = await jsonObject(request);
  if (!fields) return json(400, { error: "invalid_json", message: "The body must be a JSON object, such as {\"showName\": false}." }, noStore);
  const parsed = signatureInput.safeParse({ showName: false, follow: false, ...fields });
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "body"), i.message]));
    return json(422, { error: "invalid", message: "Some fields are not valid.", fields: errors }, noStore);
  }
  const { viewer, error } = await authorise(request);
  if (error) return error;
  const result = await signCampaign({ slug, userId: viewer.id, input: parsed.data });
  if (!result.ok) {
    return result.reason === "not_open"
      ? json(409, { error: "not_open", message: "This campaign is not open for signatures." }, noStore)
      : json(404, { error: "not_found", message: "No public campaign has this slug." }, noStore);
  }
  // A session older than a day is not told whether it had signed before (recent-sign-in.ts).
  const told = signedInRecently(viewer) ? { alreadySigned: result.alreadySigned } : {};
  return json(200, { ok: true, ...told, signatureCount: result.signatureCount }, noStore);
}

export async function DELETE(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { viewer, error } = await authorise(request);
  if (error) return error;
  const { withdrawn } = await withdrawSignature({ slug, userId: viewer.id });
  const count = await getCampaignCount({ slug });
  return json(200, { ok: true, withdrawn, signatureCount: count?.signatureCount ?? 0 }, noStore);
}
