import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/server/auth";
import { isSameOrigin } from "@/lib/server/security/same-origin";

// Auth.js's own endpoints, narrowed to what this app uses. Sign-in requests go through our
// Server Action (which applies the rate limits), never straight to Auth.js; and the magic-link
// callback signs in on POST only, from our confirmation page, so a mail scanner that follows
// the link with GET cannot use it up. Anyone may call these: who they are is what they prove.
const notFound = () => NextResponse.json({ error: "not_found" }, { status: 404 });

export async function GET(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (path.endsWith("/callback/email")) {
    const confirm = new URL("/signin/confirm", request.nextUrl.origin);
    const token = request.nextUrl.searchParams.get("token");
    if (token) confirm.searchParams.set("token", token);
    return NextResponse.redirect(confirm, 303);
  }
  if (path.endsWith("/session") || path.endsWith("/csrf")) return handlers.GET(request);
  return notFound();
}

export async function POST(request: NextRequest) {
  if (!request.nextUrl.pathname.endsWith("/callback/email")) return notFound();
  if (!isSameOrigin(request)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  return handlers.POST(request);
}
