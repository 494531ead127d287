import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { siteOrigin } from "@/lib/server/config";
import { DISCLOSURE_THRESHOLD } from "@/lib/server/disclosure/public-breakdown";
import { pageMetadata } from "@/lib/server/seo/page-metadata";
import { Section } from "@/components/section";

type Props = { params: Promise<{ locale: string }> };

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Developers" });
  return pageMetadata({ locale, path: "/developers", title: t("title"), description: t("description") });
}

// Addresses and code are the same in every language: set left to right, marked as code.
function Code({ children }: { children: string }) {
  return (
    <code lang="en" dir="ltr" className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm">
      {children}
    </code>
  );
}

function TextSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <Section id={id} heading={heading}>
      <p className="mt-2">{children}</p>
    </Section>
  );
}

export default async function DevelopersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Developers");
  const origin = siteOrigin();
  const endpoints: [string, string][] = [
    ["GET /api/campaigns", t("endpointList")],
    ["GET /api/campaigns/{slug}", t("endpointOne")],
    ["GET /api/campaigns/{slug}/count", t("endpointCount")],
    ["GET /api/campaigns/{slug}/badge.svg", t("endpointBadge")],
    ["GET /api/campaigns/{slug}/share.png", t("endpointImage")],
    ["GET /embed/campaigns/{slug}", t("endpointEmbed")],
  ];
  const example = `curl -s '${origin}/api/campaigns?perPage=10'\ncurl -s -H 'If-None-Match: "…"' '${origin}/api/campaigns/{slug}?locale=ug'`;
  return (
    <article className="flex max-w-3xl flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-3 text-lg text-slate-700">{t("intro")}</p>
      </div>
      <Section id="described" heading={t("describedHeading")}>
        <p className="mt-2">{t("describedBody")}</p>
        <p className="mt-2">
          <a href="/api/openapi.json" lang="en" dir="ltr" className="font-mono text-brand-700 underline">
            {`${origin}/api/openapi.json`}
          </a>
        </p>
      </Section>
      <Section id="endpoints" heading={t("endpointsHeading")}>
        <dl className="mt-3 flex flex-col gap-3">
          {endpoints.map(([path, text]) => (
            <div key={path}>
              <dt>
                <Code>{path}</Code>
              </dt>
              <dd className="mt-1 text-slate-800">{text}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <TextSection id="language" heading={t("languageHeading")}>
        {t.rich("languageBody", { code: (text) => <Code>{String(text)}</Code> })}
      </TextSection>
      <TextSection id="caching" heading={t("cachingHeading")}>
        {t("cachingBody")}
      </TextSection>
      <TextSection id="privacy" heading={t("privacyHeading")}>
        {t("privacyBody", { n: DISCLOSURE_THRESHOLD })}
      </TextSection>
      <TextSection id="embed" heading={t("embedHeading")}>
        {t("embedBody")}
      </TextSection>
      <Section id="example" heading={t("exampleHeading")}>
        <pre lang="en" dir="ltr" tabIndex={0} className="mt-2 overflow-x-auto rounded bg-slate-900 p-4 text-sm text-slate-50">
          <code>{example}</code>
        </pre>
      </Section>
    </article>
  );
}
