"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setCampaignTargetsAction, type TargetsState } from "@/lib/actions/decision-makers";
import { failureOf } from "@/lib/actions/action-result";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

type Option = { id: string; name: string; institution: string; lang: string; linked: boolean; onRecord: boolean };

// Which decision makers the campaign addresses: a box per decision maker. One whose position is
// on the record stays (the server refuses to drop them; the box says so).
export function CampaignTargetsForm({ campaignId, options }: { campaignId: string; options: Option[] }) {
  const t = useTranslations("Admin.targets");
  const uiLocale = useLocale();
  const [state, formAction, pending] = useActionState<TargetsState, FormData>(setCampaignTargetsAction, null);
  const failure = failureOf(state);
  const names = new Map(options.map((o) => [o.id, o.name]));
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      {failure?.detail ? (
        <FormMessage tone="warn" message={t("kept", { names: failure.detail.kept.map((id) => names.get(id) ?? id).join(", ") })} />
      ) : (
        <FormMessage message={failure?.error === "notFound" ? t("notFound") : undefined} />
      )}
      <fieldset>
        <legend className="font-semibold">{t("legend")}</legend>
        <ul className="mt-2 grid gap-2 md:grid-cols-2">
          {options.map((o) => (
            <li key={o.id}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name={`decisionMakers.${o.id}`} defaultChecked={o.linked} className="mt-1.5 size-4" aria-describedby={o.onRecord ? `on-record-${o.id}` : undefined} />
                <span>
                  <bdi lang={o.lang} className="font-semibold">
                    {o.name}
                  </bdi>{" "}
                  <bdi lang={o.lang} className="text-sm text-slate-700">
                    ({o.institution})
                  </bdi>
                  {o.onRecord && (
                    <span id={`on-record-${o.id}`} className="block text-sm text-slate-700">
                      {t("onRecord")}
                    </span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SubmitButton pending={pending}>{t("save")}</SubmitButton>
    </form>
  );
}
