"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SignerSummary } from "@/lib/actions/signatures";
import { FollowForm } from "./follow-form";
import { WithdrawForm } from "./withdraw-form";

// What a signer sees once they have signed: when, under which name, and how to take it back.
// Drawn by the server for a page load and by the sign form right after signing.
export function SignedPanel({ slug, locale, signer, onWithdrawn }: { slug: string; locale: string; signer: SignerSummary; onWithdrawn?: () => void }) {
  const t = useTranslations("SignForm");
  const format = useFormatter();
  return (
    <div className="flex flex-col gap-4">
      <div className="rounded bg-green-50 p-4 text-green-950">
        <p className="text-lg font-bold">{t("alreadySigned")}</p>
        <p>{t("signedOn", { date: format.dateTime(new Date(signer.signedAt), { dateStyle: "long" }) })}</p>
        <p className="text-sm">{signer.showName && signer.displayName ? t("yourName", { name: signer.displayName }) : t("nameHidden")}</p>
      </div>
      <WithdrawForm slug={slug} locale={locale} onWithdrawn={onWithdrawn} />
      <FollowForm slug={slug} locale={locale} following={signer.following} />
    </div>
  );
}
