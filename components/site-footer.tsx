import { getLocale, getTranslations } from "next-intl/server";
import { scriptLang } from "@/lib/script-lang";
import { Link } from "@/i18n/navigation";
import { organisation } from "@/lib/server/organisation";

// Who runs the site, how to reach them, and the pages about the site itself. The same for
// every visitor, so pages around it can be served from cache.
export async function SiteFooter() {
  const [t, locale] = await Promise.all([getTranslations("Layout"), getLocale()]);
  const { orgName, orgUrl, contactEmail } = organisation();
  return (
    <footer className="mx-auto flex max-w-5xl flex-col gap-3 border-t border-slate-200 px-4 py-6 text-sm text-slate-700">
      {orgName && (
        <p>
          {t.rich("runBy", {
            org: () =>
              orgUrl ? (
                <a href={orgUrl} className="font-semibold text-brand-800 underline">
                  <bdi lang={scriptLang(orgName, locale)}>{orgName}</bdi>
                </a>
              ) : (
                <bdi lang={scriptLang(orgName, locale)} className="font-semibold">
                  {orgName}
                </bdi>
              ),
          })}
          {contactEmail && (
            <>
              {" "}
              {t("contact")}{" "}
              <a href={`mailto:${contactEmail}`} className="text-brand-800 underline" lang="en" dir="ltr">
                {contactEmail}
              </a>
            </>
          )}
        </p>
      )}
      <nav aria-label={t("footerNav")}>
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          <li>
            <Link href="/about" className="text-brand-800 underline">
              {t("about")}
            </Link>
          </li>
          <li>
            <Link href="/developers" className="text-brand-800 underline">
              {t("developers")}
            </Link>
          </li>
          <li>
            <Link href="/privacy" className="text-brand-800 underline">
              {t("privacy")}
            </Link>
          </li>
        </ul>
      </nav>
      <p>{t("footer")}</p>
    </footer>
  );
}
