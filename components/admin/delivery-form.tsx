"use client";

import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { describedBy } from "@/components/forms/described-by";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { recordPacketDeliveryAction, type PacketDeliveryState } from "@/lib/actions/packet";
import { packetDeliveryInput, type PacketDeliveryFormValues } from "@/lib/validation/packet";
import { inputClass } from "./field";

type Name = keyof PacketDeliveryFormValues;

// Records that the packet was delivered (a tracker event). A plain form posting to the
// Server Action, checked first by the same zod schema when JavaScript runs.
export function DeliveryForm({ campaignId, today }: { campaignId: string; today: string }) {
  const t = useTranslations("Packet");
  const [state, formAction, pending] = useActionState<PacketDeliveryState, FormData>(recordPacketDeliveryAction, {});
  const form = useForm<PacketDeliveryFormValues>({
    resolver: zodResolver(packetDeliveryInput),
    defaultValues: { campaignId, deliveredOn: today, to: "", how: "" },
  });
  const { formRef, onSubmit } = useActionSubmit(form, formAction);
  const errorOf = (name: Name) => form.formState.errors[name]?.message ?? state.fieldErrors?.[name];
  const field = (name: Name, hint = false) => ({
    id: `delivery-${name}`,
    ...form.register(name),
    "aria-invalid": errorOf(name) ? true : undefined,
    "aria-describedby": describedBy(`delivery-${name}`, hint, errorOf(name)),
    className: inputClass,
  });
  const error = (name: Name) =>
    errorOf(name) ? (
      <p id={`delivery-${name}-error`} className="mt-1 text-sm font-semibold text-red-800">
        {t(`errors.${errorOf(name)}` as "errors.toRequired")}
      </p>
    ) : null;

  return (
    <form ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" {...form.register("campaignId")} value={campaignId} />
      <div role="status" aria-live="polite">
        {state.ok && <p className="rounded bg-green-50 p-3 font-semibold text-green-900">{t("recorded")}</p>}
        {state.error === "notFound" && <p className="rounded bg-red-50 p-3 font-semibold text-red-900">{t("errors.notFound")}</p>}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="delivery-deliveredOn" className="block font-semibold">
            {t("deliveredOn")}
          </label>
          <input type="date" dir="ltr" max={today} {...field("deliveredOn")} defaultValue={today} />
          {error("deliveredOn")}
        </div>
        <div>
          <label htmlFor="delivery-to" className="block font-semibold">
            {t("deliveredTo")}
          </label>
          <input dir="auto" maxLength={200} {...field("to")} />
          {error("to")}
        </div>
        <div>
          <label htmlFor="delivery-how" className="block font-semibold">
            {t("deliveredHow")}
          </label>
          <input dir="auto" maxLength={500} {...field("how", true)} />
          <p id="delivery-how-hint" className="mt-1 text-sm text-slate-600">
            {t("deliveredHowHint")}
          </p>
          {error("how")}
        </div>
      </div>
      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-5 py-2 font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        {t("record")}
      </button>
    </form>
  );
}
