// The one script a light page loads (docs/decisions/020-light-pages.md): a visitor without a
// session gets the campaign page without React, and this keeps its count live as the hydrated
// page's LiveSignatureProgress does. It reads what to poll and the words to write from the
// attributes LiveSignatureProgress renders, asks the cacheable count endpoint every ten seconds
// while the tab is visible, and rewrites the figures with the same formatter and arithmetic the
// server drew them with. Built on its own by scripts/build-server.ts (no framework, a few KB).
import { formatMessage, formatNumber } from "@/lib/i18n/format-message";
import { progressFigures } from "@/lib/signing/progress-figures";
import type { CountText } from "@/components/signing/signing-text";

const REFRESH_MS = 10_000;

/** Writes `count` into one live progress block; false when the block is not one (changed markup). */
export function showCount(block: HTMLElement, count: number): boolean {
  const goal = Number(block.dataset.goal);
  const text = JSON.parse(block.dataset.text ?? "null") as CountText | null;
  const figure = block.querySelector<HTMLElement>("[data-count]");
  const bar = block.querySelector<HTMLElement>("[role=progressbar]");
  const fill = bar?.firstElementChild as HTMLElement | null | undefined;
  const percentText = block.querySelector<HTMLElement>("[data-progress-percent]");
  if (!text || !Number.isFinite(goal) || !figure || !bar || !fill || !percentText) return false;
  const { locale, count: words } = text;
  const { percent, valueNow } = progressFigures(count, goal);
  figure.dataset.count = String(count);
  figure.textContent = formatMessage(locale, words.signatures, { count });
  bar.setAttribute("aria-valuenow", String(valueNow));
  bar.setAttribute("aria-label", formatMessage(locale, words.progressLabel, { count: formatNumber(locale, count), goal: formatNumber(locale, goal) }));
  fill.style.width = `${percent}%`;
  percentText.textContent = formatMessage(locale, words.percent, { percent: formatNumber(locale, percent) });
  return true;
}

async function refresh(block: HTMLElement) {
  if (document.visibilityState !== "visible") return;
  const slug = block.dataset.liveCount ?? "";
  try {
    const response = await fetch(`/api/campaigns/${encodeURIComponent(slug)}/count`, { headers: { accept: "application/json" } });
    if (!response.ok) return;
    const body = (await response.json()) as { signatureCount?: unknown };
    const shown = Number(block.querySelector<HTMLElement>("[data-count]")?.dataset.count);
    if (typeof body.signatureCount === "number" && body.signatureCount !== shown) showCount(block, body.signatureCount);
  } catch {
    // Offline for a moment: the next tick tries again.
  }
}

export function startLiveCounts(root: ParentNode = document) {
  for (const block of root.querySelectorAll<HTMLElement>("[data-live-count]")) setInterval(() => void refresh(block), REFRESH_MS);
}
