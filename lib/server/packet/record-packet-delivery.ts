import "server-only";
import { formatter, translator } from "@/lib/server/i18n/translator";
import { db } from "@/lib/server/db";
import { recordTrackerEvent } from "@/lib/server/tracker/record-tracker-event";
import { countSignatures } from "@/lib/server/signatures/count-signatures";
import type { Viewer } from "@/lib/server/auth/sessions";
import type { PacketDeliveryInput } from "@/lib/validation/packet";
import { forEachLocale } from "@/lib/validation/locales";

// Recording that the packet was delivered makes it a tracker event, written in the campaign's
// language and translated into every other language of the site, with the count at the time,
// through the one function that records events (audited, versioned and announced like every
// other). It moves no position: a delivery is something the campaign did, not an answer. Staff
// only (the caller checks).
export async function recordPacketDelivery({ input, actor }: { input: PacketDeliveryInput; actor: Viewer }) {
  const campaign = await db.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true, locale: true } });
  if (!campaign) return { ok: false, error: "not_found" } as const;
  const count = (await countSignatures({ campaignIds: [campaign.id] })).get(campaign.id) ?? 0;
  const text = (locale: string) => {
    const [t, format] = [translator(locale, "Packet"), formatter(locale)];
    return { title: t("eventTitle", { to: input.to }), body: t("eventBody", { how: input.how.replace(/[.。]+$/, ""), count: format.number(count) }) };
  };
  const own = text(campaign.locale);
  return recordTrackerEvent({
    input: {
      campaignId: campaign.id,
      occurredOn: input.deliveredOn,
      title: own.title,
      body: own.body,
      // Every language's text; the campaign's own is the event's, and is not kept twice.
      translations: forEachLocale(text),
      evidenceUrl: "",
      evidenceFile: null,
      sourceTitle: "",
      sourcePublisher: "",
      sourceDate: "",
      positions: {},
    },
    evidence: null,
    actor,
  });
}
