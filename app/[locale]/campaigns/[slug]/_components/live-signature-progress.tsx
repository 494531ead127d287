"use client";

import { useEffect, useState } from "react";
import { SignatureProgress } from "@/components/signature-progress";
import { onPublishedCount } from "@/components/signing/live-counts";
import type { CountText } from "@/components/signing/signing-text";

const REFRESH_MS = 10_000;

// The count as rendered, then refreshed from the cacheable count endpoint every ten seconds
// while the campaign is open and the tab is visible, and at once when this visitor signs or
// withdraws (the action's answer carries the count). Without JavaScript it refreshes on reload.
export function LiveSignatureProgress({ slug, count, goal, live, text }: { slug: string; count: number; goal: number; live: boolean; text: CountText }) {
  // A polled figure belongs to the count the server rendered; a fresh render supersedes it.
  const [polled, setPolled] = useState<{ rendered: number; value: number } | null>(null);
  const current = polled?.rendered === count ? polled.value : count;
  useEffect(() => onPublishedCount(slug, (value) => setPolled({ rendered: count, value })), [slug, count]);
  useEffect(() => {
    if (!live) return;
    const refresh = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const response = await fetch(`/api/campaigns/${encodeURIComponent(slug)}/count`, { headers: { accept: "application/json" } });
        if (!response.ok) return;
        const body = (await response.json()) as { signatureCount?: unknown };
        if (typeof body.signatureCount === "number") setPolled({ rendered: count, value: body.signatureCount });
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    };
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [slug, live, count]);
  const progress = <SignatureProgress count={current} goal={goal} size="lg" text={text} />;
  // On a light page (a visitor without a session: no React in the browser, docs/decisions/020)
  // this markup is all there is, and lib/light/live-count.ts refreshes it from these attributes.
  return live ? (
    <div data-live-count={slug} data-goal={goal} data-text={JSON.stringify(text)}>
      {progress}
    </div>
  ) : (
    progress
  );
}
