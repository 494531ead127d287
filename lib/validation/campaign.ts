import { z } from "zod";
import { httpUrl, isoDate, partialDate, text } from "./fields";
import { localeChoice, LOCALES, perLocale } from "./locales";
import { SLUG_MAX, SLUG_MIN, SLUG_PATTERN } from "./slug";

export { LOCALES };

// Field error messages are keys into the AdminForm.errors messages.
export const BODY_MAX = 50_000;
export const TITLE_MAX = 200;
export const SUMMARY_MAX = 500;
export const CAMPAIGN_STATUSES = ["DRAFT", "OPEN", "CLOSED", "ACHIEVED", "ARCHIVED"] as const;
export type CampaignStatusValue = (typeof CAMPAIGN_STATUSES)[number];

// The only moves a campaign's status may make (staying put is always allowed).
export const STATUS_MOVES: Record<CampaignStatusValue, CampaignStatusValue[]> = {
  DRAFT: ["OPEN"],
  OPEN: ["CLOSED", "ACHIEVED"],
  CLOSED: ["ARCHIVED"],
  ACHIEVED: ["ARCHIVED"],
  ARCHIVED: [],
};

export function canMove(from: CampaignStatusValue, to: CampaignStatusValue): boolean {
  return from === to || STATUS_MOVES[from].includes(to);
}


const translation = z.object({ title: text(TITLE_MAX), summary: text(SUMMARY_MAX), body: text(BODY_MAX) });

// A translation is all three fields or none.
const translationComplete = (t: z.infer<typeof translation>) => {
  const filled = [t.title, t.summary, t.body].filter(Boolean).length;
  return filled === 0 || filled === 3;
};

export const campaignInput = z
  .object({
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .min(SLUG_MIN, { message: "slugInvalid" })
      .max(SLUG_MAX, { message: "slugInvalid" })
      .regex(SLUG_PATTERN, { message: "slugInvalid" }),
    locale: localeChoice,
    text: perLocale(translation),
    goal: z.string().trim().max(9, { message: "goalInvalid" }).regex(/^\d{1,9}$/, { message: "goalInvalid" }),
    opensAt: isoDate,
    closesAt: isoDate,
    status: z.enum(CAMPAIGN_STATUSES),
    // Where the demand comes from: every campaign says who published it and when.
    sourceUrl: httpUrl,
    sourceTitle: text(500),
    sourcePublisher: text(200),
    sourceDate: partialDate,
  })
  .superRefine((value, ctx) => {
    if (Number(value.goal) < 1) ctx.addIssue({ code: "custom", path: ["goal"], message: "goalInvalid" });
    if (value.opensAt && value.closesAt && value.closesAt <= value.opensAt) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "closesBeforeOpens" });
    }
    for (const locale of LOCALES) {
      const t = value.text[locale];
      if (locale === value.locale) {
        for (const field of ["title", "summary", "body"] as const) {
          if (!t[field]) ctx.addIssue({ code: "custom", path: ["text", locale, field], message: "required" });
        }
      } else if (!translationComplete(t)) {
        for (const field of ["title", "summary", "body"] as const) {
          if (!t[field]) ctx.addIssue({ code: "custom", path: ["text", locale, field], message: "translationIncomplete" });
        }
      }
    }
    if ((value.sourceUrl || value.sourcePublisher || value.sourceDate) && !value.sourceTitle) {
      ctx.addIssue({ code: "custom", path: ["sourceTitle"], message: "required" });
    }
  });

export type CampaignFormValues = z.input<typeof campaignInput>;
export type CampaignInput = z.output<typeof campaignInput>;
