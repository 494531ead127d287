"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveAboutPageAction, type AboutPageState } from "@/lib/actions/site-pages";
import { SITE_PAGE_MAX } from "@/lib/validation/site-page";
import { inputClass } from "./field";

// The /about text in both languages. A plain form posting to the Server Action: it works
// without JavaScript, and the server checks the same schema.
export function AboutForm({ defaults }: { defaults: { en: string; ug: string } }) {
  const t = useTranslations("SitePages");
  const [state, formAction, pending] = useActionState<AboutPageState, FormData>(saveAboutPageAction, {});
  const field = (locale: "en" | "ug") => {
    const error = state.fieldErrors?.[locale];
    return (
      <div>
        <label htmlFor={`about-${locale}`} className="block font-semibold">
          {t(locale)}
        </label>
        <textarea
          id={`about-${locale}`}
          name={locale}
          rows={12}
          lang={locale}
          dir={locale === "ug" ? "rtl" : "ltr"}
          maxLength={SITE_PAGE_MAX}
          defaultValue={defaults[locale]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `about-${locale}-error` : undefined}
          className={inputClass}
        />
        {error && (
          <p id={`about-${locale}-error`} className="mt-1 text-sm font-semibold text-red-800">
            {t(`errors.${error}` as "errors.tooLong")}
          </p>
        )}
      </div>
    );
  };
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <div role="status" aria-live="polite">
        {state.ok && <p className="rounded bg-green-50 p-3 font-semibold text-green-900">{t("saved")}</p>}
        {state.error === "notFound" && <p className="rounded bg-red-50 p-3 font-semibold text-red-900">{t("errors.notFound")}</p>}
      </div>
      {field("en")}
      {field("ug")}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-5 py-2 font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        {t("save")}
      </button>
    </form>
  );
}
