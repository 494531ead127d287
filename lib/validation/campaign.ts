import { z } from "zod";
import { isHttpUrl } from "./url";
import { CONTROL_CHARACTERS, isPlainText } from "./text";

// Field error messages are keys into the AdminForm.errors messages.
export const BODY_MAX = 50_000;
export const TITLE_MAX = 200;
export const SUMMARY_MAX = 500;
export const LOCALES = ["en", "ug"] as const;
export const CAMPAIGN_STATUSES = ["DRAFT", "OPEN", "CLOSED", "ACHIEVED", "ARCHIVED"] as const;
export const TARGET_STATUSES = ["NO_RESPONSE", "ACKNOWLEDGED", "IN_PROGRESS", "COMMITTED", "ACHIEVED", "REJECTED"] as const;
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

const text = (max: number) => z.string().trim().max(max, { message: "tooLong" }).refine((v) => isPlainText(v, { multiline: true }), { message: CONTROL_CHARACTERS });
// Ids and addresses: one line of plain text, or a query would be handed a NUL.
const line = (max: number) => z.string().trim().max(max, { message: "tooLong" }).refine((v) => isPlainText(v), { message: CONTROL_CHARACTERS });
const required = (max: number) => text(max).min(1, { message: "required" });
// A checkbox from a plain form ("on" or absent) or from react-hook-form (true or false).
const checkbox = z
  .union([z.enum(["on", ""]), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on");
const isoDate = z
  .string()
  .trim()
  .max(10, { message: "dateInvalid" })
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), { message: "dateInvalid" });

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
      .min(3, { message: "slugInvalid" })
      .max(80, { message: "slugInvalid" })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "slugInvalid" }),
    locale: z.enum(LOCALES),
    text: z.object({ en: translation, ug: translation }),
    goal: z.string().trim().max(9, { message: "goalInvalid" }).regex(/^\d{1,9}$/, { message: "goalInvalid" }),
    opensAt: isoDate,
    closesAt: isoDate,
    status: z.enum(CAMPAIGN_STATUSES),
    sourceUrl: line(2000).refine((v) => v === "" || isHttpUrl(v), { message: "urlInvalid" }),
    targets: z
      .array(
        z.object({
          id: line(64).optional(),
          name: text(200),
          institution: text(200),
          status: z.enum(TARGET_STATUSES),
          remove: checkbox,
        }),
      )
      .max(50),
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
    value.targets.forEach((target, i) => {
      const blank = !target.name && !target.institution;
      if (!blank && !target.name) ctx.addIssue({ code: "custom", path: ["targets", i, "name"], message: "required" });
      if (!blank && !target.institution) ctx.addIssue({ code: "custom", path: ["targets", i, "institution"], message: "required" });
      if (blank && target.id && !target.remove) {
        ctx.addIssue({ code: "custom", path: ["targets", i, "name"], message: "required" });
      }
    });
  });

export type CampaignFormValues = z.input<typeof campaignInput>;
export type CampaignInput = z.output<typeof campaignInput>;

export const trackerEventInput = z
  .object({
    campaignId: line(64).refine((v) => v !== "", { message: "required" }),
    occurredOn: isoDate.refine((v) => v !== "", { message: "required" }),
    title: required(TITLE_MAX),
    body: text(5_000),
    evidenceUrl: line(2000).refine((v) => v === "" || isHttpUrl(v), { message: "urlInvalid" }),
    targetId: line(64),
    targetStatus: z.enum(["", ...TARGET_STATUSES]),
    titleUg: text(TITLE_MAX),
    bodyUg: text(5_000),
  })
  .superRefine((value, ctx) => {
    if (value.targetStatus && !value.targetId) ctx.addIssue({ code: "custom", path: ["targetId"], message: "targetRequired" });
    if (value.bodyUg && !value.titleUg) ctx.addIssue({ code: "custom", path: ["titleUg"], message: "translationIncomplete" });
  });

export type TrackerEventFormValues = z.input<typeof trackerEventInput>;
