"use client";

import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { requestSignInAction, type SignInState } from "@/lib/actions/auth";
import { signInInput, type SignInInput } from "@/lib/validation/auth";

export function SignInForm({ locale, callbackUrl }: { locale: string; callbackUrl: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction, pending] = useActionState<SignInState, FormData>(requestSignInAction, {});
  const form = useForm<SignInInput>({ resolver: zodResolver(signInInput), defaultValues: { email: state.email ?? "", callbackUrl } });
  const { formRef, onSubmit } = useActionSubmit(form, formAction);
  const clientError = form.formState.errors.email?.message;
  const error = clientError ?? state.error;
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="mt-6 flex flex-col gap-3"
      onSubmit={onSubmit}
    >
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="email" className="font-semibold">
        {t("email")}
      </label>
      <input
        id="email"
        type="email"
        autoComplete="email"
        dir="ltr"
        required
        defaultValue={state.email}
        {...form.register("email")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "email-error" : undefined}
        className="rounded border border-slate-400 px-3 py-2 text-start"
      />
      <div role="alert">
        {error && (
          <p id="email-error" className="text-sm font-semibold text-red-800">
            {error === "rateLimited"
              ? t("errors.rateLimited", { minutes: state.retryAfter ?? 60 })
              : t(`errors.${error}` as "errors.emailInvalid")}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-3 font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
