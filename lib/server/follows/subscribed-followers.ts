import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// Followers are read a page at a time, so that memory stays flat for a campaign with tens of
// thousands of them; each page becomes one INSERT into the outbox (enqueueEmails chunks by 1000).
const FOLLOWER_PAGE = 1000;

/** The campaign's followers who still get its emails (and, if asked, chose position emails). */
export async function* subscribedFollowers(
  tx: Pick<Prisma.TransactionClient, "follow">,
  { campaignId, positionEmails }: { campaignId: string; positionEmails?: true },
): AsyncGenerator<{ userId: string; email: string }[]> {
  let after: string | undefined;
  for (;;) {
    const page = await tx.follow.findMany({
      where: { campaignId, unsubscribedAt: null, ...(positionEmails ? { positionEmails: true } : {}), ...(after ? { userId: { gt: after } } : {}) },
      select: { userId: true, user: { select: { email: true } } },
      orderBy: { userId: "asc" },
      take: FOLLOWER_PAGE,
    });
    if (page.length === 0) return;
    yield page.map((f) => ({ userId: f.userId, email: f.user.email }));
    after = page[page.length - 1]!.userId;
    if (page.length < FOLLOWER_PAGE) return;
  }
}
