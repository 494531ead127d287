import "server-only";
import { db } from "@/lib/server/db";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/**
 * Stops update emails for the person and campaign a token was made for. The follow row stays with
 * `unsubscribedAt` set rather than being deleted: the schema and every reader already treat such
 * a row as "not following" (the campaign page, /me, the update queue), following again clears it,
 * and nothing else about the person changes because a link was pressed.
 * Idempotent: the first time counts; a second press, or a token for someone who has since
 * unfollowed or deleted their account, is still a success with nothing to change.
 */
export async function unsubscribeFollower({ token }: { token: unknown }): Promise<{ ok: boolean }> {
  const target = verifyUnsubscribeToken(token);
  if (!target) return { ok: false };
  await db.follow.updateMany({
    where: { userId: target.userId, campaignId: target.campaignId, unsubscribedAt: null },
    data: { unsubscribedAt: new Date() },
  });
  return { ok: true };
}
