// Posts an update to a campaign's followers exactly as the admin page does (the same data
// function: the update, its emails queued in the outbox, its audit entry, in one transaction),
// for `npm run test:cluster`. Run with `tsx --conditions=react-server` and the instances' settings.
//   tsx --conditions=react-server scripts/cluster/post-update.ts <campaignId> <editorEmail>
import { db } from "../../lib/server/db";
import { postCampaignUpdate } from "../../lib/server/updates/post-campaign-update";

async function main() {
  const [campaignId, editorEmail] = process.argv.slice(2);
  if (!campaignId || !editorEmail) throw new Error("usage: post-update.ts <campaignId> <editorEmail>");
  const editor = await db.user.upsert({ where: { email: editorEmail }, update: { role: "EDITOR" }, create: { email: editorEmail, role: "EDITOR" } });
  const posted = await postCampaignUpdate({ campaignId, title: "Cluster update", body: "Sent once to each follower.", actor: { id: editor.id, email: editor.email, role: editor.role } });
  console.log(JSON.stringify(posted));
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
