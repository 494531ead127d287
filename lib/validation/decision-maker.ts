import { z } from "zod";
import { checkbox, rowId, text } from "./fields";
import { localeChoice, LOCALES, perLocale } from "./locales";

const NAME_MAX = 200;

const translation = z.object({ name: text(NAME_MAX), title: text(NAME_MAX), institution: text(NAME_MAX), jurisdiction: text(NAME_MAX) });

// A decision maker in every language the site speaks: the language they are written in needs a
// name and an institution; any other language is optional, but a translation with a title,
// institution or country needs a name too.
export const decisionMakerInput = z
  .object({ locale: localeChoice, text: perLocale(translation) })
  .superRefine((value, ctx) => {
    for (const locale of LOCALES) {
      const t = value.text[locale];
      const filled = Boolean(t.name || t.title || t.institution || t.jurisdiction);
      if (locale === value.locale || filled) {
        const message = locale === value.locale ? "required" : "translationIncomplete";
        if (!t.name) ctx.addIssue({ code: "custom", path: ["text", locale, "name"], message });
        if (!t.institution) ctx.addIssue({ code: "custom", path: ["text", locale, "institution"], message });
      }
    }
  });
export type DecisionMakerFormValues = z.input<typeof decisionMakerInput>;
export type DecisionMakerInput = z.output<typeof decisionMakerInput>;

// Which decision makers a campaign is addressed to: a ticked box per decision maker.
export const campaignTargetsInput = z.object({
  campaignId: rowId,
  decisionMakers: z.record(z.string().max(100), checkbox).optional().transform((v) => v ?? {}),
});
export type CampaignTargetsFormValues = z.input<typeof campaignTargetsInput>;
