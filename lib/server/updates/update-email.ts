import "server-only";
import { isLocale, routing, type Locale } from "@/i18n/routing";
import { localePath } from "@/lib/locale-path";
import { translator } from "@/lib/server/i18n/translator";
import { organisation } from "@/lib/server/organisation";
import type { OutboxEmail } from "@/lib/server/email/outbox";
import { createUnsubscribeToken } from "./unsubscribe-token";

// The subject is all that an inbox list, a lock-screen notification or someone looking over a
// follower's shoulder sees. It names no campaign, cause, organisation or the update's title, and
// reads like mail from any website ("An update for you"). It follows the campaign's language,
// which is the language its update is written in.
//
// The lines around the update (links, why you get this, how to stop) come in every language of
// the site, the campaign's language first: we store no language per follower, and a follower of
// an English campaign may read Uyghur or Turkish better (or the other way round).
const chromeIn = (language: Locale) => translator(language, "UpdateEmail");

const languageOf = (locale: string): Locale => (isLocale(locale) ? locale : routing.defaultLocale);

export type FollowerEmailInput = {
  // One email per key and person, whatever retries or re-runs happen.
  key: string;
  campaign: { id: string; slug: string; locale: string };
  update: { title: string; body: string };
  recipient: { userId: string; email: string };
  origin: string;
};

export type UpdateEmailInput = Omit<FollowerEmailInput, "key"> & { updateId: string };

/**
 * One follower's email. Plain text only: editors write Markdown, which reads well as text, and
 * no HTML means no remote images or tracking pixels can slip in. The unsubscribe link in the
 * text opens a page (a GET changes nothing, so mail scanners following links unsubscribe nobody);
 * the List-Unsubscribe header is the RFC 8058 one-click POST for mail clients.
 */
export function updateEmail({ updateId, ...input }: UpdateEmailInput): OutboxEmail {
  return followerEmail({ key: `update:${updateId}`, ...input });
}

/** Any email to a follower (an update, a change of position): the same neutral shape. */
export function followerEmail({ key, campaign, update, recipient, origin }: FollowerEmailInput): OutboxEmail {
  const first = languageOf(campaign.locale);
  const languages = [first, ...routing.locales.filter((l) => l !== first)];
  const token = createUnsubscribeToken({ userId: recipient.userId, campaignId: campaign.id });
  const query = `?${new URLSearchParams({ token })}`;
  const pageUrl = (language: Locale) => `${origin}${localePath(language, `/campaigns/${campaign.slug}`)}`;
  const unsubscribeUrl = (language: Locale) => `${origin}${localePath(language, "/unsubscribe")}${query}`;

  // The organisation's name (ORG_NAME) is said in the body only: never in the subject or sender.
  const orgName = organisation().orgName;
  const chrome = languages.map((language) => {
    const t = chromeIn(language);
    const read = `${t("read")}\n${pageUrl(language)}`;
    return [orgName ? `${read}\n${t("sentBy", { org: orgName })}` : read, `${t("why")}\n${t("stop")}\n${unsubscribeUrl(language)}`];
  });
  const text = [
    update.title,
    update.body,
    "—",
    ...chrome.map(([read]) => read),
    ...chrome.map(([, stop]) => stop),
  ].join("\n\n");

  return {
    dedupeKey: `${key}:${recipient.userId}`,
    to: recipient.email,
    subject: chromeIn(first)("subject"),
    text: `${text}\n`,
    headers: {
      "List-Unsubscribe": `<${origin}/api/unsubscribe${query}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
