import { useTranslations } from "next-intl";
import type { PublicCampaign } from "@/lib/server/campaigns/get-public-campaign";

export function TargetList({ targets }: { targets: PublicCampaign["targets"] }) {
  const t = useTranslations("Campaign");
  const status = useTranslations("TargetStatus");
  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading" className="text-xl font-bold">
        {t("targets")}
      </h2>
      <ul className="mt-3 flex flex-col gap-3">
        {targets.map((target) => (
          <li key={target.id} className="rounded border border-slate-200 bg-white p-3">
            <p className="font-semibold">
              <bdi>{target.name}</bdi>
            </p>
            <p className="text-sm text-slate-700">
              <bdi>{target.institution}</bdi>
            </p>
            <p className="mt-1 text-sm font-semibold text-slate-800">{status(target.status)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
