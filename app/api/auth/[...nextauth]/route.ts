import { NextRequest, NextResponse } from "next/server";
import { handlers } from "@/lib/server/auth";
import { confirmSignIn } from "@/lib/server/auth/confirm-sign-in";
import { cookieName } from "@/lib/server/security/cookie-names";
import { isSameOrigin } from "@/lib/server/security/same-origin";
import { localePath } from "@/lib/locale-path";
import { localeParam } from "@/lib/server/http/locale-param";

// Auth.js's own endpoints, narrowed to what this app uses. Sign-in requests go through our
// Server Action (which applies the rate limits), never straight to Auth.js; the magic-link
// callback signs in on POST only, from our confirmation page, so a mail scanner that follows
// the link with GET cannot use it up; and only in the browser that asked for the link, or with
// the address it was sent to typed in (lib/server/auth/sign-in-binding.ts). Auth.js's session
// and CSRF endpoints are not used by this app and answer 404. Anyone may call these: who they
// are is what they prove.
const notFound = () => NextResponse.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });

// A relative Location: nothing about the request's own address is trusted.
const seeOther = (location: string) => new NextResponse(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

export async function GET(request: NextRequest) {
  if (!request.nextUrl.pathname.endsWith("/callback/email")) return notFound();
  const token = request.nextUrl.searchParams.get("token");
  return seeOther(`/signin/confirm${token ? `?${new URLSearchParams({ token })}` : ""}`);
}

async function typedEmail(request: NextRequest): Promise<string | null> {
  try {
    const value = (await request.formData()).get("email");
    return typeof value === "string" ? value.slice(0, 320) : null;
  } catch {
    return null;
  }
}

export async function POST(request: NextRequest) {
  if (!request.nextUrl.pathname.endsWith("/callback/email")) return notFound();
  if (!isSameOrigin(request)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const params = request.nextUrl.searchParams;
  const token = params.get("token") ?? "";
  const locale = localeParam(request);
  const confirmation = await confirmSignIn({ token, typedEmail: await typedEmail(request) });
  if (!confirmation.ok) {
    if (confirmation.reason === "wrong-address") return seeOther(`${localePath(locale, "/signin/confirm")}?${new URLSearchParams({ token, error: "address" })}`);
    return seeOther(`${localePath(locale, "/signin/error")}?error=Verification`);
  }
  // Auth.js uses the link up and signs in; it is given the token and where to go, nothing else.
  const forwarded = new URL(request.nextUrl.pathname, request.nextUrl.origin);
  forwarded.searchParams.set("token", token);
  const callbackUrl = params.get("callbackUrl");
  if (callbackUrl) forwarded.searchParams.set("callbackUrl", callbackUrl);
  const response = await handlers.POST(new NextRequest(forwarded, { method: "POST", headers: request.headers }));
  response.headers.append("Set-Cookie", `${cookieName("signin-browser")}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${cookieName("signin-browser").startsWith("__Host-") ? "; Secure" : ""}`);
  return response;
}
