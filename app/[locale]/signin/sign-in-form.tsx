"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { requestSignInAction } from "@/lib/actions/auth";
import { signInInput, type SignInInput } from "@/lib/validation/auth";

export function SignInForm({ locale, callbackUrl }: { locale: string; callbackUrl: string }) {
  const t = useTranslations("SignIn");
  const { failure, formAction, pending, formRef, onSubmit, errorOf, field, initial, formKey } = useActionForm({
    action: requestSignInAction,
    resolver: zodResolver(signInInput),
    defaults: { email: "", callbackUrl } as SignInInput,
    fromValues: (values) => ({ email: values.email ?? "", callbackUrl }),
    message: (key) => t(`errors.${key}` as "errors.emailInvalid"),
  });
  // The browser's check of the address, else the server's answer (which may be about sending).
  const error = errorOf("email") ?? (failure?.error === "rateLimited" ? t("errors.rateLimited", { minutes: failure.retryAfter ?? 60 }) : failure && t(`errors.${failure.error}` as "errors.emailInvalid"));
  return (
    <form key={formKey} ref={formRef} action={formAction} noValidate className="mt-6 flex flex-col gap-3" onSubmit={onSubmit}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="locale" value={locale} />
      <Field id="email" label={t("email")} error={error} announce>
          <input type="email" autoComplete="email" dir="ltr" required defaultValue={initial.email} {...field("email")} aria-invalid={error ? true : undefined} aria-describedby={error ? "email-error" : undefined} className="mt-1 w-full rounded border border-slate-400 px-3 py-2 text-start" />
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("sending")} look="large" className="">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
