"use client";

import { useEffect } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { postCampaignUpdateAction } from "@/lib/actions/updates";
import { campaignUpdateInput, UPDATE_BODY_MAX, UPDATE_TITLE_MAX, type CampaignUpdateFormValues } from "@/lib/validation/update";

type Props = { campaigns: { id: string; title: string; lang: string }[]; defaultCampaignId?: string };

// Posts an update to a campaign's followers. A plain form posting to the Server Action (works
// without JavaScript); with JavaScript, react-hook-form checks it first with the same schema.
export function PostUpdateForm({ campaigns, defaultCampaignId }: Props) {
  const t = useTranslations("PostUpdate");
  const defaults: CampaignUpdateFormValues = { campaignId: defaultCampaignId ?? "", title: "", body: "" };
  const { state, failure, formAction, pending, form, formRef, onSubmit, errorOf, field, initial } = useActionForm({
    action: postCampaignUpdateAction,
    resolver: zodResolver(campaignUpdateInput),
    defaults,
    fromValues: (values) => ({ ...defaults, ...values }),
    message: (key) => t(key as "titleRequired"),
    mode: "onTouched",
  });
  const { reset } = form;
  // A posted update clears the form, so that pressing the button again cannot post it twice.
  useEffect(() => {
    if (state?.ok) reset({ campaignId: defaultCampaignId ?? "", title: "", body: "" });
  }, [state, reset, defaultCampaignId]);

  return (
    <form ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <FormMessage
        message={state?.ok ? t("posted", { count: state.data.recipients }) : failure?.error === "notFound" ? t("notFound") : undefined}
        tone={state?.ok ? "good" : "bad"}
      />
      <Field id="campaignId" label={t("campaign")} error={errorOf("campaignId")}>
        <select {...field("campaignId")} defaultValue={initial.campaignId}>
          <option value="">—</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id} lang={c.lang}>
              {c.title}
            </option>
          ))}
        </select>
      </Field>
      <Field id="title" label={t("titleLabel")} error={errorOf("title")}>
        <input type="text" dir="auto" maxLength={UPDATE_TITLE_MAX} {...field("title")} defaultValue={initial.title} />
      </Field>
      <Field id="body" label={t("bodyLabel")} hint={t("bodyHint")} error={errorOf("body")}>
        <textarea rows={10} dir="auto" maxLength={UPDATE_BODY_MAX} {...field("body", { hint: true })} defaultValue={initial.body} />
      </Field>
      <SubmitButton pending={pending} look="large">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
