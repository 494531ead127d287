import "server-only";
import { organisation } from "@/lib/server/organisation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { enqueueEmails } from "@/lib/server/email/outbox";
import { siteOrigin } from "@/lib/server/config";
import { updateEmail } from "./update-email";

type Tx = Prisma.TransactionClient;

// Followers are read and queued a page at a time, so that memory stays flat for a campaign with
// tens of thousands of followers; each page is one INSERT (enqueueEmails chunks by 1000).
const FOLLOWER_PAGE = 1000;
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
  let after: string | undefined;
  for (;;) {
    const page = await tx.follow.findMany({
      where: { campaignId: update.campaign.id, unsubscribedAt: null, ...(after ? { userId: { gt: after } } : {}) },
      select: { userId: true, user: { select: { email: true } } },
      orderBy: { userId: "asc" },
      take: FOLLOWER_PAGE,
    });
    if (page.length === 0) break;
    const emails = page.map((follow) =>
      updateEmail({
        updateId: update.id,
        campaign: update.campaign,
        update: { title: update.title, body: update.body },
        recipient: { userId: follow.userId, email: follow.user.email },
        origin,
        orgName: organisation().orgName,
      }),
    );
    queued += await enqueueEmails(emails, tx);
    after = page[page.length - 1]!.userId;
    if (page.length < FOLLOWER_PAGE) break;
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
    await recordAudit(tx, actor, {
      action: "update.post",
      entityType: "CampaignUpdate",
      entityId: update.id,
      after: { campaignId, title, recipients },
    });
    return { updateId: update.id, recipients };
  }, TRANSACTION_OPTIONS);
}
