import { getTranslations, setRequestLocale } from "next-intl/server";
import { NoticePage, noticeMetadata } from "@/components/notice-page";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = ({ params }: Props) => noticeMetadata(params, "SignIn", "errorTitle", "/signin/error");

export default async function SignInErrorPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("SignIn");
  return <NoticePage heading={t("errorTitle")} paragraphs={[t("errorBody")]} link={{ href: "/signin", label: t("again") }} />;
}
