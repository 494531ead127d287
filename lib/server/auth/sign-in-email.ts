import "server-only";
import type { EmailProviderSendVerificationRequestParams } from "next-auth/providers/email";
import { localeOfPath, type Locale } from "@/i18n/routing";
import { localePath } from "@/lib/locale-path";
import { config, siteOrigin } from "@/lib/server/config";
import { translator } from "@/lib/server/i18n/translator";
import { sendMail } from "@/lib/server/email/transport";

// Neutral words only (messages/*.json, "SignInEmail"): a signer's inbox may be read by others,
// so nothing names a campaign or a cause, and the subject could be any website's. The language is
// the one of the page the sign-in was asked from.
function signInEmailText(locale: Locale, url: string): { subject: string; text: string } {
  const t = translator(locale, "SignInEmail");
  return { subject: t("subject"), text: `${t("open")}\n\n${url}\n\n${t("expires")}\n` };
}

// Auth.js's link goes straight to its callback, which a mail scanner following links would
// use up. Ours opens a page with a button; only that POST signs in. Neither the address nor
// the page to return to is in the link (a campaign's address would tell anyone reading the
// inbox what its owner was about to sign): the token alone finds the request, and the way
// back waits in a cookie on the device that asked. The link is on the configured origin
// (AUTH_URL), whatever origin Auth.js's own URL names: a forged Host header must never put a
// live token into a link to someone else's site.
export function confirmationLink(authUrl: string, origin: string = siteOrigin()): { url: string; locale: Locale } {
  const source = new URL(authUrl);
  const callback = new URL(source.searchParams.get("callbackUrl") ?? "/", origin);
  const callbackPath = callback.origin === origin ? callback.pathname : "/";
  const locale = localeOfPath(callbackPath);
  const link = new URL(localePath(locale, "/signin/confirm"), origin);
  link.searchParams.set("token", source.searchParams.get("token") ?? "");
  return { url: link.toString(), locale };
}

export async function sendSignInEmail({ identifier, url }: EmailProviderSendVerificationRequestParams) {
  const link = confirmationLink(url);
  const { subject, text } = signInEmailText(link.locale, link.url);
  await sendMail({ to: identifier, subject, text });
  if (config().mode === "development" && !config().email.server) {
    // No mail server in development: the link goes to the console so a newcomer can sign in.
    // Never in production: a log is read by more people than the inbox it was meant for.
    console.log(`\nSign-in link for ${identifier} (EMAIL_SERVER is not set):\n${link.url}\n`);
  }
}
