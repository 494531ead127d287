"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setUserRoleAction, type AdminActionState } from "@/lib/actions/admin";
import { ActionMessage, Field, inputClass } from "./field";

const ROLES = ["EDITOR", "ADMIN", "SUPPORTER"] as const;

// Grant or revoke a role by email address; works as a plain form.
export function RoleForm({ email, role }: { email?: string; role?: (typeof ROLES)[number] }) {
  const t = useTranslations("Admin.people");
  const uiLocale = useLocale();
  const [state, formAction, pending] = useActionState<AdminActionState, FormData>(setUserRoleAction, {});
  const id = email ? `role-${email}` : "role-new";
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="uiLocale" value={uiLocale} />
      {email ? (
        <input type="hidden" name="email" value={email} />
      ) : (
        <Field id={`${id}-email`} label={t("email")} error={state.fieldErrors?.email}>
          <input id={`${id}-email`} name="email" type="email" dir="ltr" required className={inputClass} />
        </Field>
      )}
      <Field id={`${id}-role`} label={t("role")}>
        <select id={`${id}-role`} name="role" defaultValue={role ?? "EDITOR"} className={inputClass}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-70">
        {t("submit")}
      </button>
      <div className="basis-full">
        <ActionMessage error={state.error} ok={state.ok} okText={t("done")} />
      </div>
    </form>
  );
}
