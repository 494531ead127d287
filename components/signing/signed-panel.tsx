"use client";

import { commentStatus, type SignerSummary } from "@/lib/signing/signer-summary";
import type { WithdrawState } from "@/lib/actions/signatures";
import { FollowForm } from "./follow-form";
import { WithdrawForm } from "./withdraw-form";
import { formatLongDate, textsOf } from "@/lib/i18n/format-message";
import type { SigningText } from "./signing-text";

// What a signer sees once they have signed: when, under which name, their comment, and how to
// take it back. Drawn by the server for a page load and by the sign form right after signing.
type Props = { slug: string; locale: string; text: SigningText; signer: SignerSummary; onWithdrawn?: (state: WithdrawState) => void };

export function SignedPanel({ slug, locale, text, signer, onWithdrawn }: Props) {
  const t = textsOf(text.locale, text.sign);
  return (
    <div className="flex flex-col gap-4">
      <div className="rounded bg-green-50 p-4 text-green-950">
        <p className="text-lg font-bold">{t("alreadySigned")}</p>
        <p>{t("signedOn", { date: formatLongDate(text.locale, new Date(signer.signedAt)) })}</p>
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
      <WithdrawForm slug={slug} locale={locale} text={text} onWithdrawn={onWithdrawn} />
      <FollowForm slug={slug} locale={locale} text={text} following={signer.following} positionEmails={signer.positionEmails} />
    </div>
  );
}
