import type { NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { localePath } from "@/lib/locale-path";
import { getUnsubscribeState } from "@/lib/server/updates/get-unsubscribe-state";
import { unsubscribeFollower } from "@/lib/server/updates/unsubscribe-follower";

// The List-Unsubscribe address of every update email. No sign-in: the signed token in the
// query is the permission, bound to one person and one campaign.
//
// POST is RFC 8058's one-click unsubscribe, which mail clients send from their own servers (with
// the body "List-Unsubscribe=One-Click", no cookies and no Origin), so neither the body nor the
// origin is required. The unsubscribe page's button posts here too, with `via=page`, and is sent
// back to that page, which then says that no more emails will come.
// GET never unsubscribes: mail scanners and link previews fetch every address in an email.

const noStore = { "Cache-Control": "no-store" };

// A relative Location: behind a proxy the request's own URL may name an internal host.
function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { ...noStore, Location: location } });
}

function pagePath(locale: string, token: string | null): string {
  return `${localePath(locale, "/unsubscribe")}?${new URLSearchParams({ token: token ?? "" })}`;
}

export async function POST(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const token = searchParams.get("token");
  const { ok } = await unsubscribeFollower({ token });
  if (searchParams.get("via") === "page") return seeOther(pagePath(searchParams.get("locale") ?? routing.defaultLocale, token));
  if (!ok) {
    return Response.json({ error: "invalid_token", message: "This unsubscribe link is not valid. Nothing was changed." }, { status: 400, headers: noStore });
  }
  return Response.json({ ok: true, message: "You will get no more emails about this campaign." }, { headers: noStore });
}

// Shows the page in the campaign's language, where a person can confirm with a button.
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token");
  const state = await getUnsubscribeState({ token, locale: routing.defaultLocale });
  return seeOther(pagePath(state?.campaign.locale ?? routing.defaultLocale, token));
}
