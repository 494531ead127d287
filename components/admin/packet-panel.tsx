import { getTranslations } from "next-intl/server";
import { DeliveryForm } from "./delivery-form";
import { LanguageOptions } from "./language-names";
import { DecisionMakerOptions } from "./decision-maker-options";
import { Section } from "@/components/section";

// The delivery packet of a campaign: download it (a plain GET form, so it works without
// JavaScript; the download is audited by the route), and record that it was delivered.
export async function PacketPanel({ campaignId, targets, locale }: { campaignId: string; targets: { id: string; name: string }[]; locale: string }) {
  const t = await getTranslations("Packet");
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Section id="packet" heading={t("adminHeading")} className="flex flex-col gap-4">
      <p className="max-w-3xl text-slate-700">{t("adminIntro")}</p>
      <form method="get" action={`/api/admin/campaigns/${campaignId}/packet`} className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="packet-locale" className="block font-semibold">
            {t("language")}
          </label>
          <select id="packet-locale" name="locale" defaultValue={locale} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
            <LanguageOptions />
          </select>
        </div>
        <div>
          <label htmlFor="packet-target" className="block font-semibold">
            {t("decisionMaker")}
          </label>
          <select id="packet-target" name="target" defaultValue="" className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
            <DecisionMakerOptions allLabel={t("allDecisionMakers")} targets={targets} />
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-bold text-white hover:bg-brand-800">
          {t("download")}
        </button>
      </form>
      <h3 className="text-xl font-bold">{t("deliveryHeading")}</h3>
      <p className="text-slate-700">{t("deliveryIntro")}</p>
      <DeliveryForm campaignId={campaignId} today={today} />
    </Section>
  );
}
