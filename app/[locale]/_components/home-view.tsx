import { getTranslations } from "next-intl/server";
import { CampaignCard } from "@/components/campaign-card";
import { listPublicCampaigns } from "@/lib/server/campaigns/list-public-campaigns";
import type { ReadFrom } from "@/lib/server/public-reads";
import { signaturesInLastDay } from "@/lib/server/signatures/recent-growth";
import { Section } from "@/components/section";

// The home page, shared by its two addresses: the versioned one proxy.ts sends every GET to
// (./anonymous/[version]), and the plain one.
export async function HomeView({ locale, from }: { locale: string; from: ReadFrom }) {
  const [t, campaigns] = await Promise.all([getTranslations("Home"), listPublicCampaigns({ locale, from })]);
  const open = campaigns.filter((c) => c.status === "OPEN");
  // How fast each open campaign grows (the JSON list does not need it, so it is asked here).
  const lastDay = await Promise.all(open.map((c) => signaturesInLastDay(c.id)));
  const past = campaigns.filter((c) => c.status === "CLOSED" || c.status === "ACHIEVED");

  return (
    <>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro")}</p>

      <Section id="open" heading={t("open")} className="mt-8">
        {open.length === 0 ? (
          <p className="mt-4 text-slate-700">{t("noneOpen")}</p>
        ) : (
          <ul className="mt-4 grid gap-5 md:grid-cols-2">
            {open.map((campaign, i) => (
              <li key={campaign.slug}>
                <CampaignCard campaign={campaign} lastDay={lastDay[i]} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      {past.length > 0 && (
        <Section id="past" heading={t("past")} className="mt-10">
          <ul className="mt-4 grid gap-5 md:grid-cols-2">
            {past.map((campaign) => (
              <li key={campaign.slug}>
                <CampaignCard campaign={campaign} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
