import { getTranslations } from "next-intl/server";
import { SignatureChart } from "@/components/signature-chart";
import { publicSignaturesPerDay } from "@/lib/server/stats/public-signatures-per-day";
import { Section } from "@/components/section";

// The page shows the last 30 days (its weight is every reader's cost); the JSON has 365.
const DAYS_ON_PAGE = 30;

// Signatures per day, drawn on the server as SVG with the numbers in a table for screen
// readers (the staff chart, reused); right to left in Uyghur. Refreshed at most hourly.
export async function DailySignatures({ campaignId }: { campaignId: string }) {
  const [t, perDay] = await Promise.all([getTranslations("Reach"), publicSignaturesPerDay(campaignId)]);
  return (
    <Section id="daily" heading={t("dailyHeading")} className="mt-10">
      <div className="mt-4">
        <SignatureChart data={perDay.slice(-DAYS_ON_PAGE)} />
      </div>
      <p className="mt-2 text-sm text-slate-600">{t("dailyNote")}</p>
    </Section>
  );
}
