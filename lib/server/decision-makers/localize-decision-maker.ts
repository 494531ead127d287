import type { Prisma } from "@/lib/generated/prisma/client";

export type DecisionMakerText = { name: string; title: string; institution: string; jurisdiction: string; lang: string };

// What a page needs of a decision maker: the text as written and, in the same query, the
// reader's translation (if there is one).
export function decisionMakerText(locale: string) {
  return {
    id: true,
    locale: true,
    name: true,
    title: true,
    institution: true,
    jurisdiction: true,
    translations: { where: { locale }, select: { locale: true, name: true, title: true, institution: true, jurisdiction: true } },
  } as const satisfies Prisma.DecisionMakerSelect;
}

type WithTranslations = Omit<DecisionMakerText, "lang"> & { locale: string; translations: (Omit<DecisionMakerText, "lang"> & { locale: string })[] };

// A decision maker in the reader's language wherever it is translated, else as written.
export function localizeDecisionMaker(dm: WithTranslations, locale: string): DecisionMakerText {
  const t = dm.translations.find((x) => x.locale === locale);
  if (t) return { name: t.name, title: t.title, institution: t.institution, jurisdiction: t.jurisdiction, lang: locale };
  return { name: dm.name, title: dm.title, institution: dm.institution, jurisdiction: dm.jurisdiction, lang: dm.locale };
}
