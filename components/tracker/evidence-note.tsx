import { useFormatter, useTranslations } from "next-intl";
import { isHttpUrl } from "@/lib/validation/url";
import type { PublicEvidence } from "@/lib/server/tracker/public-evidence";
import { comma } from "./join-parts";
import { formatPartialDate } from "./partial-date";

// An event's source as anyone can check it: the link and who published it when, and the copy the
// server archived with its SHA-256 (a download, or plain text, never the live page). Link-only
// history says plainly that nothing was archived.
// `sourceLang` is the language the source is cited in: the language its campaign is written in,
// where staff enter it.
export function EvidenceNote({ evidence, sourceLang, compact = false }: { evidence: PublicEvidence; sourceLang: string; compact?: boolean }) {
  const t = useTranslations("Evidence");
  const format = useFormatter();
  const title = evidence.sourceTitle || t("link");
  const archived = evidence.kind !== "LINK" && evidence.sha256;
  return (
    <div className="text-sm">
      <p>
        <span className="font-semibold">{t("source")}: </span>
        {evidence.sourceTitle ? (
          // The citation as staff entered it: one run, in its own language and direction.
          <bdi lang={sourceLang}>
            {evidence.url && isHttpUrl(evidence.url) ? (
              <a href={evidence.url} rel="nofollow noopener noreferrer" className="text-brand-700 underline">
                {title}
              </a>
            ) : (
              title
            )}
            {[evidence.sourcePublisher, evidence.sourceDate ? formatPartialDate(evidence.sourceDate, sourceLang) : ""]
              .filter(Boolean)
              .map((part) => `${comma(sourceLang)}${part}`)
              .join("")}
          </bdi>
        ) : evidence.url && isHttpUrl(evidence.url) ? (
          <a href={evidence.url} rel="nofollow noopener noreferrer" className="text-brand-700 underline">
            {t("link")}
          </a>
        ) : (
          <span>{t("uploaded")}</span>
        )}
      </p>
      {archived ? (
        <p className="mt-1">
          <a href={`/api/evidence/${evidence.id}`} className="font-semibold text-brand-700 underline" aria-describedby={compact ? undefined : `hash-${evidence.id}`}>
            {t("archivedCopy")}
          </a>
          {evidence.textViewable && (
            <>
              {" · "}
              <a href={`/api/evidence/${evidence.id}?as=text`} className="text-brand-700 underline">
                {t("asText")}
              </a>
            </>
          )}
          {!compact && (
            <span id={`hash-${evidence.id}`} className="block text-slate-700">
              {t("archivedOn", { date: format.dateTime(evidence.archivedAt ?? new Date(0), { dateStyle: "long", timeZone: "UTC" }), size: format.number(evidence.size ?? 0) })}{" "}
              {/* A hash has no language. */}
              <span lang="zxx" dir="ltr">
                <span className="whitespace-nowrap">SHA-256:</span>{" "}
                <code className="break-all" data-testid="evidence-sha256">
                  {evidence.sha256}
                </code>
              </span>
            </span>
          )}
        </p>
      ) : (
        <p className="mt-1 text-slate-700">{t("notArchived")}</p>
      )}
      {!compact && <p className="mt-1 text-slate-700">{evidence.verifiedAt ? t("verified", { date: format.dateTime(evidence.verifiedAt, { dateStyle: "long", timeZone: "UTC" }) }) : t("unverified")}</p>}
    </div>
  );
}
