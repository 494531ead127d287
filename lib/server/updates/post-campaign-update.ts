import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/auth/sessions";
import { db } from "@/lib/server/db";
import { enqueueEmails } from "@/lib/server/email/outbox";
import { siteOrigin } from "@/lib/server/config";
import { subscribedFollowers } from "@/lib/server/follows/subscribed-followers";
import { touchCampaigns } from "@/lib/server/campaigns/touch-campaign";
import { updateEmail } from "./update-email";

type Tx = Prisma.TransactionClient;

// Prisma's interactive transactions give up after 5 s by default. Queuing 50,000 emails takes
// longer than that; a transaction that long still holds no lock anyone else waits for (inserts
// into the outbox and one new update row only).
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 180_000 };

/**
 * Queues the email of an update for every follower who has not unsubscribed, and returns how many
 * were newly queued. Running it again for the same update queues nothing new (each email's
 * dedupeKey is update + person), and picks up anyone who followed since.
 */
export async function enqueueUpdateEmails({ updateId }: { updateId: string }, tx: Tx): Promise<number> {
  const update = await tx.campaignUpdate.findUnique({
    where: { id: updateId },
    select: { id: true, title: true, body: true, campaign: { select: { id: true, slug: true, locale: true } } },
  });
  if (!update) return 0;
  const origin = siteOrigin();
  let queued = 0;
  for await (const page of subscribedFollowers(tx, { campaignId: update.campaign.id })) {
    const emails = page.map((recipient) =>
      updateEmail({ updateId: update.id, campaign: update.campaign, update: { title: update.title, body: update.body }, recipient, origin }),
    );
    queued += await enqueueEmails(emails, tx);
  }
  return queued;
}

export type PostedUpdate = { updateId: string; recipients: number };

/**
 * Posts an update to a campaign and queues its email to each subscribed follower, with its audit
 * entry, in one transaction: either the update exists and everyone is queued, or nothing
 * happened. The outbox worker (on any instance) sends the emails afterwards.
 * Returns null when there is no such campaign. The caller has checked "update:post".
 */
export async function postCampaignUpdate({
  campaignId,
  title,
  body,
  actor,
}: {
  campaignId: string;
  title: string;
  body: string;
  actor: Viewer;
}): Promise<PostedUpdate | null> {
  return db.$transaction(async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true } });
    if (!campaign) return null;
    const update = await tx.campaignUpdate.create({
      data: { campaignId, title, body, authorId: actor.id },
      select: { id: true },
    });
    const recipients = await enqueueUpdateEmails({ updateId: update.id }, tx);
    // Updates are shown on the campaign page too: a new update is a new version of it.
    await touchCampaigns(tx, [campaignId]);
    await recordAudit(tx, actor, {
      action: "update.post",
      entityType: "CampaignUpdate",
      entityId: update.id,
      after: { campaignId, title, recipients },
    });
    return { updateId: update.id, recipients };
  }, TRANSACTION_OPTIONS);
}
