import { z } from "zod";
import { httpUrl, isoDate, partialDate, required, rowId, text } from "./fields";
import { forEachLocale, LOCALES, perLocale } from "./locales";

// Where a demand stands with one decision maker; NO_RESPONSE is the state before any event.
export const TARGET_STATUSES = ["NO_RESPONSE", "ACKNOWLEDGED", "IN_PROGRESS", "COMMITTED", "ACHIEVED", "DECLINED_FOR_NOW", "REJECTED"] as const;
export type TargetStatusValue = (typeof TARGET_STATUSES)[number];

export const EVENT_TITLE_MAX = 300;
export const EVENT_BODY_MAX = 5_000;
export const REASON_MAX = 1_000;
// Uploaded evidence files (a letter received, a PDF): kept under the Server Action body limit
// set in next.config.js.
export const EVIDENCE_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;

// The evidence file of the form: a File on the server, a FileList in the browser
// (react-hook-form); nothing chosen is null.
const evidenceFile = z
  .unknown()
  .optional()
  .transform((v) => {
    const file = typeof FileList !== "undefined" && v instanceof FileList ? v[0] : v;
    return typeof File !== "undefined" && file instanceof File && file.size > 0 ? file : null;
  })
  .refine((file) => file === null || file.size <= EVIDENCE_UPLOAD_MAX_BYTES, { message: "fileTooLarge" });

// An event may not be dated after today (a day's grace for time zones).
const notInFuture = (v: string) => v === "" || Date.parse(`${v}T00:00:00Z`) <= Date.now() + 86_400_000;

// An event's text and a correction's reason are written in the campaign's language (title, body,
// reason); translations sit beside them, one per language of i18n/routing.ts. The form offers
// every language but the campaign's own, so an entry a form leaves out is an empty translation;
// the data functions never store one in the campaign's own language.
const eventTranslation = z.object({ title: text(EVENT_TITLE_MAX), body: text(EVENT_BODY_MAX) });
const emptyTranslations = () => forEachLocale(() => ({ title: "", body: "" }));
const eventTranslations = perLocale(eventTranslation.default({ title: "", body: "" })).default(emptyTranslations);
const reasonTranslations = perLocale(text(REASON_MAX).default("")).default(() => forEachLocale(() => ""));

const eventFields = {
  campaignId: rowId,
  occurredOn: isoDate.refine((v) => v !== "", { message: "required" }).refine(notInFuture, { message: "dateInFuture" }),
  title: required(EVENT_TITLE_MAX),
  body: text(EVENT_BODY_MAX),
  translations: eventTranslations,
  // The source: a link the server archives (or a file uploaded with the form), and who
  // published it when.
  evidenceUrl: httpUrl,
  evidenceFile,
  sourceTitle: text(500),
  sourcePublisher: text(200),
  sourceDate: partialDate,
  // The position each decision maker of the campaign moves to with this event ("" = unchanged),
  // keyed by the campaign target's id.
  positions: z.record(z.string().max(100), z.enum(["", ...TARGET_STATUSES])).optional().transform((v) => v ?? {}),
};

// Details without their title are not a translation the page could show.
const translationComplete = (value: { translations: Record<string, { title: string; body: string }> }, ctx: z.RefinementCtx) => {
  for (const locale of LOCALES) {
    const t = value.translations[locale];
    if (t?.body && !t.title) ctx.addIssue({ code: "custom", path: ["translations", locale, "title"], message: "translationTitleMissing" });
  }
};

// A change of position rests on evidence: a link (archived when saved) or an uploaded file.
export const trackerEventInput = z.object(eventFields).superRefine((value, ctx) => {
  translationComplete(value, ctx);
  const moves = Object.values(value.positions).some((status) => status !== "");
  if (moves && !value.evidenceUrl && !value.evidenceFile) ctx.addIssue({ code: "custom", path: ["evidenceUrl"], message: "evidenceRequired" });
});
export type TrackerEventFormValues = z.input<typeof trackerEventInput>;
export type TrackerEventInput = z.output<typeof trackerEventInput>;

// A correction is the whole event again, with the reason it was corrected (shown in public).
export const eventCorrectionInput = z
  .object({ ...eventFields, eventId: rowId, reason: required(REASON_MAX), reasonTranslations })
  .superRefine(translationComplete);
export type EventCorrectionFormValues = z.input<typeof eventCorrectionInput>;
export type EventCorrectionInput = z.output<typeof eventCorrectionInput>;

export const eventRetractionInput = z.object({ campaignId: rowId, eventId: rowId, reason: required(REASON_MAX), reasonTranslations });
export type EventRetractionFormValues = z.input<typeof eventRetractionInput>;

export const evidenceVerificationInput = z.object({ campaignId: rowId, evidenceId: rowId });
