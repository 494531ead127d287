"use client";

import { useTranslations } from "next-intl";

// Why an evidence link could not be archived, in words an editor can act on. Nothing was saved.
export function EvidenceFailure({ failure }: { failure: { reason: string; host?: string; status?: number } }) {
  const t = useTranslations("Admin.evidenceFailure");
  const known = ["invalid_url", "blocked_address", "dns_failed", "timeout", "too_large", "too_many_redirects", "http_status", "network", "file_too_large"];
  const reason = known.includes(failure.reason) ? failure.reason : "network";
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-950">
      <p className="font-semibold">{t(reason as "network", { host: failure.host ?? "", status: failure.status ?? 0 })}</p>
      <p className="mt-1 text-sm">{t("nothingSaved")}</p>
    </div>
  );
}
