import "server-only";
import { db } from "@/lib/server/db";

// Everything this app keeps about one person, for them to download (PRODUCT.md: a supporter
// may export their own data). Never anyone else's: every query is by this user's id or email.
// Session tokens are left out: they are keys, not data about the person.
export async function exportMyData(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      role: true,
      createdAt: true,
      signatures: {
        orderBy: { createdAt: "asc" },
        select: {
          createdAt: true,
          showName: true,
          displayName: true,
          country: true,
          comment: true,
          commentHidden: true,
          commentPending: true,
          campaign: { select: { slug: true, title: true } },
        },
      },
      follows: {
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, unsubscribedAt: true, positionEmails: true, campaign: { select: { slug: true, title: true } } },
      },
      sessions: { orderBy: { expires: "asc" }, select: { expires: true } },
    },
  });
  if (!user) return null;
  const emails = await db.emailOutbox.findMany({
    where: { to: user.email },
    orderBy: { createdAt: "asc" },
    select: { subject: true, status: true, createdAt: true, sentAt: true },
  });
  return {
    exportedAt: new Date().toISOString(),
    account: { email: user.email, role: user.role, createdAt: user.createdAt },
    signatures: user.signatures.map((s) => ({
      campaign: s.campaign.slug,
      campaignTitle: s.campaign.title,
      signedAt: s.createdAt,
      nameShownPublicly: s.showName,
      displayName: s.displayName,
      country: s.country,
      comment: s.comment,
      commentHiddenByModerators: s.commentHidden,
      commentWaitingForReview: s.commentPending,
    })),
    follows: user.follows.map((f) => ({
      campaign: f.campaign.slug,
      campaignTitle: f.campaign.title,
      followedAt: f.createdAt,
      emailsStoppedAt: f.unsubscribedAt,
      emailsOnPositionChanges: f.positionEmails,
    })),
    signedInSessions: user.sessions.map((s) => ({ expires: s.expires })),
    emails: emails.map((e) => ({ subject: e.subject, status: e.status, queuedAt: e.createdAt, sentAt: e.sentAt })),
  };
}

export type MyData = NonNullable<Awaited<ReturnType<typeof exportMyData>>>;
