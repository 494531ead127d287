import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// What an editor edits of a campaign: read for the edit form, and kept as the before and after
// of every audit entry about it.
export const EDITABLE_CAMPAIGN = {
  slug: true,
  locale: true,
  title: true,
  summary: true,
  body: true,
  status: true,
  goal: true,
  opensAt: true,
  closesAt: true,
  sourceUrl: true,
  sourceTitle: true,
  sourcePublisher: true,
  sourceDate: true,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true, summary: true, body: true } },
} as const satisfies Prisma.CampaignSelect;
