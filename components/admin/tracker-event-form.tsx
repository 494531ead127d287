"use client";

import { Fragment } from "react";
import { useLocale, useTranslations } from "next-intl";
import { languages } from "@/i18n/routing";
import { correctTrackerEventAction, recordTrackerEventAction } from "@/lib/actions/tracker";
import { eventCorrectionInput, EVIDENCE_UPLOAD_MAX_BYTES, TARGET_STATUSES, trackerEventInput, type EventCorrectionFormValues } from "@/lib/validation/tracker";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { knownLocale, otherLocales } from "@/lib/validation/locales";
import { useLanguageName } from "./language-names";
import { ReasonFields } from "./reason-fields";
import { ActionMessage } from "./action-message";
import { EvidenceFailure } from "./evidence-failure";
import { useAdminForm, valuesToObject } from "./use-admin-form";

export type EventFormTarget = { id: string; name: string; status: string };
type Values = Omit<EventCorrectionFormValues, "evidenceFile">;

// Records a tracker event, or (with eventId) corrects one with a reason. Positions move only
// here: each decision maker of the campaign can be moved to a new position, which then needs
// evidence (a link, archived when saved, or a file). One zod schema checks it in the browser and
// in the Server Action; it also posts as a plain form. The text is written in the campaign's
// language (ownLocale), with a translation into each other language of i18n/routing.ts.
export function TrackerEventForm({ eventId, ownLocale, targets, defaults }: { eventId?: string; ownLocale: string; targets: EventFormTarget[]; defaults: Values }) {
  const t = useTranslations("Admin.tracker");
  const status = useTranslations("TargetStatus");
  const uiLocale = useLocale();
  const languageName = useLanguageName();
  const own = knownLocale(ownLocale);
  const correcting = eventId !== undefined;
  const { state, failure, formAction, pending, formRef, onSubmit, errorOf, field, initial, formKey } = useAdminForm<Values, Awaited<ReturnType<typeof recordTrackerEventAction>>>(
    correcting ? eventCorrectionInput : trackerEventInput,
    correcting ? correctTrackerEventAction : recordTrackerEventAction,
    defaults,
    (values) => ({ ...defaults, ...valuesToObject(values) }) as Values,
  );
  // Ids of their own: the campaign's page also has fields named "title" and "body".
  const id = (name: string) => `${correcting ? "correct" : "event"}-${name}`;
  const props = (name: string, hint = false) => field(name, { hint, id: id(name) });
  const positions = (initial.positions ?? {}) as Record<string, string>;

  return (
    <form key={formKey} ref={formRef} action={formAction} noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <input type="hidden" name="campaignId" value={defaults.campaignId} />
      {correcting && <input type="hidden" name="eventId" value={eventId} />}
      <input type="hidden" name="uiLocale" value={uiLocale} />
      {failure?.error === "evidence" && failure.detail ? <EvidenceFailure failure={failure.detail} /> : <ActionMessage state={state} />}
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={id("occurredOn")} label={t("date")} error={errorOf("occurredOn")}>
          <input type="date" dir="ltr" {...props("occurredOn")} defaultValue={initial.occurredOn} />
        </Field>
        <span aria-hidden="true" />
        <Field id={id("title")} label={t("titleField")} error={errorOf("title")}>
          <input lang={own} dir={languages[own].dir} {...props("title")} defaultValue={initial.title} />
        </Field>
        <Field id={id("body")} label={t("body")} error={errorOf("body")}>
          <textarea rows={4} lang={own} dir={languages[own].dir} {...props("body")} defaultValue={initial.body} />
        </Field>
        {otherLocales(own).map((l) => (
          <Fragment key={l}>
            <Field id={id(`translations.${l}.title`)} label={t("titleIn", { language: languageName(l) })} error={errorOf(`translations.${l}.title`)}>
              <input lang={l} dir={languages[l].dir} {...props(`translations.${l}.title`)} defaultValue={initial.translations?.[l]?.title} />
            </Field>
            <Field id={id(`translations.${l}.body`)} label={t("bodyIn", { language: languageName(l) })} error={errorOf(`translations.${l}.body`)}>
              <textarea rows={4} lang={l} dir={languages[l].dir} {...props(`translations.${l}.body`)} defaultValue={initial.translations?.[l]?.body} />
            </Field>
          </Fragment>
        ))}
      </div>

      <fieldset className="rounded border border-slate-300 p-4">
        <legend className="px-1 font-bold">{t("positions")}</legend>
        <p className="text-sm text-slate-700">{t("positionsHint")}</p>
        {targets.length === 0 ? (
          <p className="mt-2 text-sm">{t("noTargets")}</p>
        ) : (
          <div className="mt-3 grid gap-3 md:grid-cols-2">
            {targets.map((target) => (
              <Field key={target.id} id={id(`positions.${target.id}`)} label={t("positionOf", { name: target.name, status: status(target.status as "NO_RESPONSE") })} error={errorOf(`positions.${target.id}`)}>
                <select {...props(`positions.${target.id}`)} defaultValue={positions[target.id] ?? ""}>
                  <option value="">{t("unchanged")}</option>
                  {TARGET_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {status(s)}
                    </option>
                  ))}
                </select>
              </Field>
            ))}
          </div>
        )}
      </fieldset>

      <fieldset className="rounded border border-slate-300 p-4">
        <legend className="px-1 font-bold">{t("evidence")}</legend>
        <p id={`${id("evidenceUrl")}-hint`} className="text-sm text-slate-700">
          {t("evidenceHint", { megabytes: EVIDENCE_UPLOAD_MAX_BYTES / (1024 * 1024) })}
        </p>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <Field id={id("evidenceUrl")} label={t("evidenceUrl")} error={errorOf("evidenceUrl")}>
            <input type="url" dir="ltr" {...props("evidenceUrl", true)} defaultValue={initial.evidenceUrl} />
          </Field>
          <Field id={id("evidenceFile")} label={t("evidenceFile")} error={errorOf("evidenceFile")}>
            <input type="file" {...props("evidenceFile")} className={inputClass} />
          </Field>
          <Field id={id("sourceTitle")} label={t("sourceTitle")} error={errorOf("sourceTitle")}>
            <input dir="auto" {...props("sourceTitle")} defaultValue={initial.sourceTitle} />
          </Field>
          <Field id={id("sourcePublisher")} label={t("sourcePublisher")} error={errorOf("sourcePublisher")}>
            <input dir="auto" {...props("sourcePublisher")} defaultValue={initial.sourcePublisher} />
          </Field>
          <Field id={id("sourceDate")} label={t("sourceDate")} hint={t("sourceDateHint")} error={errorOf("sourceDate")}>
            <input dir="ltr" {...props("sourceDate", true)} defaultValue={initial.sourceDate} />
          </Field>
        </div>
      </fieldset>

      {correcting && <ReasonFields prefix="correct" ownLocale={own} hint={t("reasonHint")} field={field} errorOf={errorOf} initial={initial} />}
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {correcting ? t("correct") : t("submit")}
      </SubmitButton>
    </form>
  );
}
