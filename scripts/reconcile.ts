// Checks every campaign's stored count against its signature rows, corrects any drift and
// reports it. `npm run db:reconcile`; the app also runs this every five minutes.
import { reconcileCounts } from "../lib/server/signatures/reconcile-counts";
import { db } from "../lib/server/db";

async function main() {
  const { drift, skipped } = await reconcileCounts();
  if (skipped) console.log("Another instance is reconciling right now; nothing done.");
  else if (drift.length === 0) console.log("Counts match the signatures: no drift.");
  else {
    console.log(`Corrected ${drift.length} drifted count(s):`);
    for (const d of drift) console.log(`  campaign ${d.campaignId} country "${d.country}": stored ${d.stored}, actual ${d.actual}`);
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
