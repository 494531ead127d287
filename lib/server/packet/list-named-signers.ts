import "server-only";
import { db } from "@/lib/server/db";

export type NamedSigner = { name: string; comment: string | null };

// The signers who chose to show their name on this signature, oldest first, with their comment
// unless a moderator hid it. Nobody else is named anywhere, the packet included.
export async function listNamedSigners({ campaignId, take }: { campaignId: string; take: number }): Promise<{ signers: NamedSigner[]; total: number }> {
  const where = { campaignId, showName: true, displayName: { not: null } };
  const [rows, total] = await Promise.all([
    db.signature.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
      select: { displayName: true, comment: true, commentHidden: true },
    }),
    db.signature.count({ where }),
  ]);
  return {
    signers: rows.map((r) => ({ name: r.displayName ?? "", comment: r.commentHidden ? null : r.comment })),
    total,
  };
}
