"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { recordPacketDeliveryAction } from "@/lib/actions/packet";
import { packetDeliveryInput, type PacketDeliveryFormValues } from "@/lib/validation/packet";

// Records that the packet was delivered (a tracker event). A plain form posting to the
// Server Action, checked first by the same zod schema when JavaScript runs.
export function DeliveryForm({ campaignId, today }: { campaignId: string; today: string }) {
  const t = useTranslations("Packet");
  const defaults: PacketDeliveryFormValues = { campaignId, deliveredOn: today, to: "", how: "" };
  const { state, failure, formAction, pending, form, formRef, onSubmit, errorOf, field, initial, formKey } = useActionForm({
    action: recordPacketDeliveryAction,
    resolver: zodResolver(packetDeliveryInput),
    defaults,
    fromValues: (values) => ({ ...defaults, ...values, campaignId }),
    message: (key) => t(`errors.${key}` as "errors.toRequired"),
  });
  const props = (name: keyof PacketDeliveryFormValues, hint = false) => field(name, { hint, id: `delivery-${name}` });
  return (
    <form key={formKey} ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" {...form.register("campaignId")} value={campaignId} />
      <FormMessage message={state?.ok ? t("recorded") : failure?.error === "notFound" ? t("errors.notFound") : undefined} tone={state?.ok ? "good" : "bad"} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="delivery-deliveredOn" label={t("deliveredOn")} error={errorOf("deliveredOn")}>
          <input type="date" dir="ltr" max={today} {...props("deliveredOn")} defaultValue={initial.deliveredOn} />
        </Field>
        <Field id="delivery-to" label={t("deliveredTo")} error={errorOf("to")}>
          <input dir="auto" maxLength={200} {...props("to")} defaultValue={initial.to} />
        </Field>
        <Field id="delivery-how" label={t("deliveredHow")} hint={t("deliveredHowHint")} error={errorOf("how")}>
          <input dir="auto" maxLength={500} {...props("how", true)} defaultValue={initial.how} />
        </Field>
      </div>
      <SubmitButton pending={pending}>{t("record")}</SubmitButton>
    </form>
  );
}
