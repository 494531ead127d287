import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageMetadata } from "@/lib/server/seo/page-metadata";

// A page that only says what happened and where to go next (check your email, account
// deleted, sign-in failed): a heading, a few paragraphs and one link.
export function NoticePage({ heading, paragraphs, link }: { heading: string; paragraphs: string[]; link: { href: string; label: string } }) {
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-bold">{heading}</h1>
      {paragraphs.map((text, i) => (
        <p key={i} className={i === 0 ? "mt-4 text-lg text-slate-800" : "mt-4 text-slate-700"}>
          {text}
        </p>
      ))}
      <p className="mt-6">
        <Link href={link.href} className="font-semibold text-brand-700 underline">
          {link.label}
        </Link>
      </p>
    </div>
  );
}

// Such pages are for one person at one moment: titled, and kept out of search engines.
export async function noticeMetadata(params: Promise<{ locale: string }>, namespace: "SignIn" | "AccountDeleted", key: string, path: string): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace });
  return pageMetadata({ locale, path, title: t(key as "title"), index: false });
}
