// The corrections the seed applies to a database it seeded earlier, by name, in order. Kept apart
// (no Prisma import) so that scripts/with-db.ts can tell cheaply whether any is still to run.
export const SEED_REVISIONS = ["2026-12-tracker-record"] as const;
