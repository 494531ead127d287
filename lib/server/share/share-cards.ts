import "server-only";
import { createHash } from "node:crypto";
import { formatter, translator } from "@/lib/server/i18n/translator";
import { languages, type Locale } from "@/i18n/routing";
import { organisation, siteName } from "@/lib/server/organisation";
import { siteOrigin } from "@/lib/server/config";
import { renderShareImage, type ShareCard } from "./render-share-image";

/** What a campaign's card shows. */
export type ShareCardData = { title: string; goal: number; signatureCount: number };

// Bumped when the drawing changes, so every image gets a new address.
const DESIGN = 1;

function footer(): string {
  const host = new URL(siteOrigin()).host;
  const org = organisation().orgName;
  return org ? `${org} · ${host}` : host;
}

export function campaignShareCard(data: ShareCardData, locale: Locale): ShareCard {
  const [t, format, site, foot] = [translator(locale, "Count"), formatter(locale), siteName(locale), footer()];
  return {
    dir: languages[locale].dir,
    lang: locale,
    site,
    title: data.title,
    count: {
      text: t("signatures", { count: data.signatureCount }),
      goal: t("ofGoal", { goal: format.number(data.goal) }),
      progress: data.goal > 0 ? data.signatureCount / data.goal : 0,
    },
    footer: foot,
  };
}

export function siteShareCard(locale: Locale): ShareCard {
  const [t, site, foot] = [translator(locale, "Meta"), siteName(locale), footer()];
  return { dir: languages[locale].dir, lang: locale, site, title: t("homeDescription"), footer: foot };
}

/** Changes whenever anything drawn on the card changes (the count, the text, the names). */
export function shareCardVersion(card: ShareCard): string {
  return createHash("sha256").update(JSON.stringify([DESIGN, card])).digest("base64url").slice(0, 16);
}

// Rendering takes tens of milliseconds; each version is drawn once per instance and kept.
const MAX_KEPT = 200;
const rendered = new Map<string, Promise<Buffer>>();

export function shareImagePng(card: ShareCard): Promise<Buffer> {
  const version = shareCardVersion(card);
  let png = rendered.get(version);
  if (!png) {
    png = Promise.resolve().then(() => renderShareImage(card));
    if (rendered.size >= MAX_KEPT) rendered.delete(rendered.keys().next().value!);
    rendered.set(version, png);
    png.catch(() => rendered.delete(version));
  }
  return png;
}

/** How long a share image may be kept: for ever at its own version, a minute otherwise. */
export function shareImageCacheControl(requested: string | null, current: string): string {
  return requested === current ? "public, max-age=31536000, immutable" : "public, max-age=60";
}
