"use client";

import { useFormatter, useTranslations } from "next-intl";
import { commentStatus, type SignerSummary } from "@/lib/signing/signer-summary";
import type { WithdrawState } from "@/lib/actions/signatures";
import { FollowForm } from "./follow-form";
import { WithdrawForm } from "./withdraw-form";

// What a signer sees once they have signed: when, under which name, their comment, and how to
// take it back. Drawn by the server for a page load and by the sign form right after signing.
export function SignedPanel({ slug, locale, signer, onWithdrawn }: { slug: string; locale: string; signer: SignerSummary; onWithdrawn?: (state: WithdrawState) => void }) {
  const t = useTranslations("SignForm");
  const format = useFormatter();
  return (
    <div className="flex flex-col gap-4">
      <div className="rounded bg-green-50 p-4 text-green-950">
        <p className="text-lg font-bold">{t("alreadySigned")}</p>
        <p>{t("signedOn", { date: format.dateTime(new Date(signer.signedAt), { dateStyle: "long" }) })}</p>
        <p className="text-sm">{signer.showName && signer.displayName ? t("yourName", { name: signer.displayName }) : t("nameHidden")}</p>
        {signer.comment && (
          <div className="mt-2 text-sm">
            <p className="font-semibold">{t("yourComment")}</p>
            <p className="whitespace-pre-line" dir="auto">
              {signer.comment}
            </p>
            <p className="mt-1 font-semibold">{t(commentStatus(signer))}</p>
          </div>
        )}
      </div>
      <WithdrawForm slug={slug} locale={locale} onWithdrawn={onWithdrawn} />
      <FollowForm slug={slug} locale={locale} following={signer.following} positionEmails={signer.positionEmails} />
    </div>
  );
}
