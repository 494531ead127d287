import "server-only";
import { db } from "@/lib/server/db";

export type SignerState = {
  signed: {
    showName: boolean;
    displayName: string | null;
    country: string | null;
    comment: string | null;
    commentHidden: boolean;
    commentPending: boolean;
    signedAt: Date;
  } | null;
  following: boolean;
  positionEmails: boolean;
};

// What one signed-in person sees of their own relation to a campaign. Shown only to them.
export async function getSignerState({ slug, userId }: { slug: string; userId: string }): Promise<SignerState> {
  const campaign = await db.campaign.findUnique({
    where: { slug },
    select: {
      signatures: {
        where: { userId },
        select: { showName: true, displayName: true, country: true, comment: true, commentHidden: true, commentPending: true, createdAt: true },
      },
      follows: { where: { userId, unsubscribedAt: null }, select: { positionEmails: true } },
    },
  });
  const signature = campaign?.signatures[0];
  return {
    signed: signature ? { ...signature, signedAt: signature.createdAt } : null,
    following: (campaign?.follows.length ?? 0) > 0,
    positionEmails: campaign?.follows[0]?.positionEmails ?? false,
  };
}
