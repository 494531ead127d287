import { useTranslations } from "next-intl";

export function SignClosed() {
  const t = useTranslations("SignForm");
  return <p className="font-semibold text-slate-800">{t("notOpen")}</p>;
}
