"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setCampaignTargetsAction } from "@/lib/actions/decision-makers";
import type { AdminActionState } from "@/lib/actions/admin";

type Option = { id: string; name: string; institution: string; lang: string; linked: boolean; onRecord: boolean };

// Which decision makers the campaign addresses: a box per decision maker. One whose position is
// on the record stays (the server refuses to drop them; the box says so).
export function CampaignTargetsForm({ campaignId, options }: { campaignId: string; options: Option[] }) {
  const t = useTranslations("Admin.targets");
  const uiLocale = useLocale();
  const [state, formAction, pending] = useActionState<AdminActionState, FormData>(setCampaignTargetsAction, {});
  const names = new Map(options.map((o) => [o.id, o.name]));
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <div role="status" aria-live="polite">
        {state.error === "conflict" && state.kept && (
          <p className="rounded bg-amber-50 p-3 font-semibold text-amber-950">{t("kept", { names: state.kept.map((id) => names.get(id) ?? id).join(", ") })}</p>
        )}
        {state.error === "not_found" && <p className="rounded bg-red-50 p-3 font-semibold text-red-900">{t("notFound")}</p>}
      </div>
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
      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-5 py-2 font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        {t("save")}
      </button>
    </form>
  );
}
