import { getTranslations, setRequestLocale } from "next-intl/server";
import { NoticePage, noticeMetadata } from "@/components/notice-page";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = ({ params }: Props) => noticeMetadata(params, "SignIn", "checkTitle", "/signin/check-email");

// The same page whatever address was given: it never tells whether an account exists.
export default async function CheckEmailPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("SignIn");
  return <NoticePage heading={t("checkTitle")} paragraphs={[t("checkBody"), t("checkHint")]} link={{ href: "/signin", label: t("again") }} />;
}
