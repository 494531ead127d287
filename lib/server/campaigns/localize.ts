import type { CampaignStatus } from "@/lib/generated/prisma/enums";

type Text = { title: string; summary: string; body: string };
type WithTranslations = Text & { locale: string; translations: (Text & { locale: string })[] };

// A campaign's text in the reader's language, falling back to the language it was written in.
export function localizeCampaign(campaign: WithTranslations, locale: string): Text & { lang: string } {
  const translation = campaign.translations.find((t) => t.locale === locale);
  if (translation) return { title: translation.title, summary: translation.summary, body: translation.body, lang: locale };
  return { title: campaign.title, summary: campaign.summary, body: campaign.body, lang: campaign.locale };
}

// Drafts are never public; everything else can be read.
export const PUBLIC_STATUSES: CampaignStatus[] = ["OPEN", "CLOSED", "ACHIEVED", "ARCHIVED"];
