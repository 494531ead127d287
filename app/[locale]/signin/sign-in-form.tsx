"use client";

import { checksResolver } from "@/components/forms/checks-resolver";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { requestSignInAction } from "@/lib/actions/auth";
import { textsOf } from "@/lib/i18n/format-message";
import type { SignInInput } from "@/lib/validation/auth";
import { signInChecks } from "@/lib/validation/auth-browser";
import type en from "@/messages/en.json";

// The form's words, from the page (no messages runtime in the browser: issue 13).
export type SignInText = { locale: string; messages: Pick<typeof en.SignIn, "email" | "sending" | "submit" | "errors"> };

export function SignInForm({ locale, callbackUrl, text }: { locale: string; callbackUrl: string; text: SignInText }) {
  const t = textsOf(text.locale, text.messages);
  const { failure, formAction, pending, formRef, onSubmit, errorOf, field, initial, formKey } = useActionForm({
    action: requestSignInAction,
    resolver: checksResolver(signInChecks),
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
