import { getTranslations, setRequestLocale } from "next-intl/server";
import { NoticePage, noticeMetadata } from "@/components/notice-page";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = ({ params }: Props) => noticeMetadata(params, "AccountDeleted", "title", "/account-deleted");

// Where deleting an account ends. The same page for everyone: it holds nothing of the account.
export default async function AccountDeletedPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("AccountDeleted");
  return <NoticePage heading={t("heading")} paragraphs={[t("body")]} link={{ href: "/", label: t("home") }} />;
}
