import "server-only";
import { randomUUID } from "node:crypto";
import { SIGN_SQL, signParameters, type SignRow } from "@/lib/counting/sign-query";
import { db, sql } from "@/lib/server/db";
import type { SignatureInput } from "@/lib/validation/signature";

export type SignResult =
  | {
      ok: true;
      alreadySigned: boolean;
      campaignId: string;
      signatureCount: number;
      following: boolean;
      // The follow's own choice of position emails (a follow the signature makes has none).
      positionEmails: boolean;
      commentPending: boolean;
    }
  | { ok: false; reason: "not_found" | "not_open" };

// One statement inserts the signature (once per signer), adds it to a counter shard and
// follows (a named comment waits for review where the campaign asks for it): see
// lib/counting/sign-query.ts for why it is shaped so. Only when no open campaign
// matched does a second query say whether it is closed or missing.
export async function signCampaign({ slug, userId, input }: { slug: string; userId: string; input: SignatureInput }): Promise<SignResult> {
  const [row] = await sql<SignRow>(SIGN_SQL, signParameters({ slug, userId, signatureId: randomUUID(), input }));
  if (row?.campaignId) {
    return {
      ok: true,
      alreadySigned: row.inserted === 0,
      campaignId: row.campaignId,
      signatureCount: row.before + row.inserted,
      following: row.followed > 0 || row.wasFollowing > 0,
      positionEmails: row.positionEmails === true,
      commentPending: row.commentPending === true,
    };
  }
  const campaign = await db.campaign.findFirst({ where: { slug, status: { not: "DRAFT" } }, select: { id: true } });
  return { ok: false, reason: campaign ? "not_open" : "not_found" };
}
