import { useTranslations } from "next-intl";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";

const STYLES: Record<CampaignStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  OPEN: "bg-green-100 text-green-900",
  CLOSED: "bg-slate-200 text-slate-800",
  ACHIEVED: "bg-brand-100 text-brand-800",
  ARCHIVED: "bg-slate-100 text-slate-700",
};

export function StatusBadge({ status }: { status: CampaignStatus }) {
  const t = useTranslations("Status");
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${STYLES[status]}`}>{t(status)}</span>;
}
