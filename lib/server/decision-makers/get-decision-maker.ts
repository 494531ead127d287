import "server-only";
import { db } from "@/lib/server/db";

/** A decision maker as the edit form needs them: every language, and where they are addressed. Staff only. */
export async function getDecisionMaker({ id }: { id: string }) {
  return db.decisionMaker.findUnique({
    where: { id },
    select: {
      id: true,
      locale: true,
      name: true,
      title: true,
      institution: true,
      jurisdiction: true,
      updatedAt: true,
      translations: { select: { locale: true, name: true, title: true, institution: true, jurisdiction: true } },
      campaigns: { orderBy: { createdAt: "asc" }, select: { campaign: { select: { id: true, title: true, locale: true, status: true } } } },
    },
  });
}

export type EditableDecisionMaker = NonNullable<Awaited<ReturnType<typeof getDecisionMaker>>>;
