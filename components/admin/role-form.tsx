"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setUserRoleAction } from "@/lib/actions/admin";
import { failureOf, type ActionState } from "@/lib/actions/action-result";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { ActionMessage } from "./action-message";

const ROLES = ["EDITOR", "ADMIN", "SUPPORTER"] as const;

// Grant or revoke a role by email address; works as a plain form.
export function RoleForm({ email, role }: { email?: string; role?: (typeof ROLES)[number] }) {
  const t = useTranslations("Admin.people");
  const errors = useTranslations("Admin.errors");
  const uiLocale = useLocale();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(setUserRoleAction, null);
  const emailError = failureOf(state)?.fieldErrors?.email;
  const id = email ? `role-${email}` : "role-new";
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="uiLocale" value={uiLocale} />
      {email ? (
        <input type="hidden" name="email" value={email} />
      ) : (
        <Field id={`${id}-email`} label={t("email")} error={emailError ? errors(emailError as "emailInvalid") : undefined}>
          {(control) => <input {...control} name="email" type="email" dir="ltr" required className={inputClass} />}
        </Field>
      )}
      <Field id={`${id}-role`} label={t("role")}>
        {(control) => (
          <select {...control} name="role" defaultValue={role ?? "EDITOR"} className={inputClass}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pending={pending} className="">
        {t("submit")}
      </SubmitButton>
      <div className="basis-full">
        <ActionMessage state={state} okText={t("done")} />
      </div>
    </form>
  );
}
