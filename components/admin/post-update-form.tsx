"use client";

import { describedBy } from "@/components/forms/described-by";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useActionState, useEffect } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { postCampaignUpdateAction, type PostUpdateResult } from "@/lib/actions/updates";
import { campaignUpdateInput, UPDATE_BODY_MAX, UPDATE_TITLE_MAX, type CampaignUpdateFormValues } from "@/lib/validation/update";

type Props = { campaigns: { id: string; title: string; lang: string }[]; defaultCampaignId?: string };

const FIELD_CLASS = "mt-1 w-full rounded border border-slate-400 px-3 py-2";

// Posts an update to a campaign's followers. A plain form posting to the Server Action (works
// without JavaScript); with JavaScript, react-hook-form checks it first with the same schema.
export function PostUpdateForm({ campaigns, defaultCampaignId }: Props) {
  const t = useTranslations("PostUpdate");
  const [state, formAction, pending] = useActionState<PostUpdateResult | null, FormData>(postCampaignUpdateAction, null);
  const failed = state && !state.ok ? state : undefined;
  const initial: CampaignUpdateFormValues = failed?.values ?? { campaignId: defaultCampaignId ?? "", title: "", body: "" };
  const form = useForm<CampaignUpdateFormValues>({ resolver: zodResolver(campaignUpdateInput), defaultValues: initial, mode: "onTouched" });
  const { formRef, onSubmit } = useActionSubmit(form, formAction);
  const { reset } = form;
  // A posted update clears the form, so that pressing the button again cannot post it twice.
  useEffect(() => {
    if (state?.ok) reset({ campaignId: defaultCampaignId ?? "", title: "", body: "" });
  }, [state, reset, defaultCampaignId]);

  const errorKey = (field: keyof CampaignUpdateFormValues) => form.formState.errors[field]?.message ?? failed?.fieldErrors?.[field];
  const fieldError = (field: keyof CampaignUpdateFormValues) => {
    const key = errorKey(field);
    return key ? (
      <p id={`${field}-error`} className="mt-1 text-sm font-semibold text-red-800">
        {t(key as "titleRequired")}
      </p>
    ) : null;
  };
  const describe = (field: keyof CampaignUpdateFormValues, hint = false) => describedBy(field, hint, errorKey(field));

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={onSubmit}
      className="flex flex-col gap-4"
    >
      <div role="status" aria-live="polite">
        {state?.ok && <p className="rounded bg-green-50 p-3 font-semibold text-green-900">{t("posted", { count: state.recipients })}</p>}
        {failed?.error === "notFound" && <p className="rounded bg-red-50 p-3 font-semibold text-red-900">{t("notFound")}</p>}
      </div>
      <div>
        <label htmlFor="campaignId" className="block font-semibold">
          {t("campaign")}
        </label>
        <select
          id="campaignId"
          defaultValue={initial.campaignId}
          {...form.register("campaignId")}
          aria-invalid={errorKey("campaignId") ? true : undefined}
          aria-describedby={describe("campaignId")}
          className={FIELD_CLASS}
        >
          <option value="">—</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id} lang={c.lang}>
              {c.title}
            </option>
          ))}
        </select>
        {fieldError("campaignId")}
      </div>
      <div>
        <label htmlFor="title" className="block font-semibold">
          {t("titleLabel")}
        </label>
        <input
          id="title"
          type="text"
          dir="auto"
          maxLength={UPDATE_TITLE_MAX}
          defaultValue={initial.title}
          {...form.register("title")}
          aria-invalid={errorKey("title") ? true : undefined}
          aria-describedby={describe("title")}
          className={FIELD_CLASS}
        />
        {fieldError("title")}
      </div>
      <div>
        <label htmlFor="body" className="block font-semibold">
          {t("bodyLabel")}
        </label>
        <textarea
          id="body"
          rows={10}
          dir="auto"
          maxLength={UPDATE_BODY_MAX}
          defaultValue={initial.body}
          {...form.register("body")}
          aria-invalid={errorKey("body") ? true : undefined}
          aria-describedby={describe("body", true)}
          className={FIELD_CLASS}
        />
        <p id="body-hint" className="mt-1 text-sm text-slate-600">
          {t("bodyHint")}
        </p>
        {fieldError("body")}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </form>
  );
}
