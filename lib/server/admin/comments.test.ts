import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import type { Viewer } from "@/lib/server/auth/sessions";
import { signatureInput } from "@/lib/validation/signature";
import { signCampaign } from "@/lib/server/signatures/sign-campaign";
import { listRecentSigners } from "@/lib/server/signatures/public-signers";
import { countCommentsForReview } from "./count-comments-for-review";
import { listCommentsForReview } from "./list-comments-for-review";
import { reviewComment } from "./review-comment";
import { setCommentReview } from "./set-comment-review";
import { setUserRole } from "./users";

let actor: Viewer;

async function signWithComment(slug: string, email: string, name: string, comment: string) {
  const user = await db.user.create({ data: { email } });
  await signCampaign({ slug, userId: user.id, input: signatureInput.parse({ showName: true, displayName: name, comment, follow: false }) });
  return db.signature.findFirstOrThrow({ where: { userId: user.id } });
}

const version = async (id: string) => (await db.campaign.findUniqueOrThrow({ where: { id } })).updatedAt.getTime();

describe("named comments waiting for review", () => {
  beforeEach(async () => {
    await resetDatabase();
    const staff = await db.user.create({ data: { email: "moderator@example.org", role: "EDITOR" } });
    actor = { id: staff.id, email: staff.email, role: "EDITOR", signedInAt: new Date() };
  });

  it("are queued with counts, public only once approved, and rejected ones stay hidden; each decision is audited without the text", async () => {
    const c = await db.campaign.create({ data: { slug: "r", status: "OPEN", title: "Reviewed", summary: "S", body: "B", goal: 100 } });
    const other = await db.campaign.create({ data: { slug: "o", status: "OPEN", title: "Other", summary: "S", body: "B", goal: 100 } });
    const good = await signWithComment("r", "a@example.org", "Ayşe", "Stand together");
    const risky = await signWithComment("r", "b@example.org", "Bilal", "My cousin Tursun in Ghulja");
    await signWithComment("o", "c@example.org", "Cem", "Elsewhere");
    expect(await countCommentsForReview()).toEqual(new Map([[c.id, 2], [other.id, 1]]));
    const queue = await listCommentsForReview();
    expect(queue.comments.map((q) => q.name)).toEqual(["Ayşe", "Bilal", "Cem"]);
    expect(queue.campaigns.map((q) => [q.title, q.waiting])).toEqual([["Reviewed", 2], ["Other", 1]]);
    expect((await listCommentsForReview({ take: 1 })).campaigns.map((q) => q.waiting)).toEqual([2, 1]);
    expect((await listRecentSigners({ campaignId: c.id })).map((r) => r.comment)).toEqual([null, null]);

    const before = await version(c.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await reviewComment({ signatureId: good.id, decision: "approve", actor })).toMatchObject({ ok: true });
    expect(await version(c.id)).toBeGreaterThan(before);
    expect(await reviewComment({ signatureId: risky.id, decision: "reject", actor })).toMatchObject({ ok: true });
    expect((await listRecentSigners({ campaignId: c.id })).map((r) => [r.name, r.comment])).toEqual([
      ["Bilal", null],
      ["Ayşe", "Stand together"],
    ]);
    expect(await countCommentsForReview()).toEqual(new Map([[other.id, 1]]));
    // Decided once: a second decision finds nothing to decide.
    expect(await reviewComment({ signatureId: risky.id, decision: "approve", actor })).toEqual({ ok: false, error: "not_found" });

    const entries = await db.auditLog.findMany({ where: { action: { in: ["comment.approve", "comment.reject"] }, entityId: { in: [good.id, risky.id] } } });
    expect(entries.map((e) => e.action).sort()).toEqual(["comment.approve", "comment.reject"]);
    expect(JSON.stringify(entries)).not.toMatch(/Tursun|Ayşe|Bilal|Stand together|@example\.org(?<!moderator@example\.org)/);
  });

  it("is a per-campaign setting, on for new campaigns; turning it off publishes nothing that waits", async () => {
    const c = await db.campaign.create({ data: { slug: "s", status: "OPEN", title: "T", summary: "S", body: "B", goal: 100 } });
    expect(c.reviewComments).toBe(true);
    const waiting = await signWithComment("s", "w@example.org", "Waits", "Unread");
    expect(await setCommentReview({ campaignId: c.id, on: false, actor })).toEqual({ ok: true });
    const after = await signWithComment("s", "x@example.org", "Straight", "Published at once");
    expect((await db.signature.findUniqueOrThrow({ where: { id: waiting.id } })).commentPending).toBe(true);
    expect((await db.signature.findUniqueOrThrow({ where: { id: after.id } })).commentPending).toBe(false);
    expect(await db.auditLog.count({ where: { action: "campaign.comment-review", entityId: c.id } })).toBe(1);
    expect(await setCommentReview({ campaignId: "missing", on: true, actor })).toEqual({ ok: false, error: "not_found" });
  });
});

describe("the audit log and supporters' addresses", () => {
  beforeEach(resetDatabase);

  it("role changes name the account by id, never by address", async () => {
    const admin = await db.user.create({ data: { email: "boss@example.org", role: "ADMIN" } });
    const boss: Viewer = { id: admin.id, email: admin.email, role: "ADMIN", signedInAt: new Date() };
    await db.user.create({ data: { email: "supporter-to-be@example.org" } });
    await setUserRole({ email: "supporter-to-be@example.org", role: "EDITOR", actor: boss });
    await setUserRole({ email: "supporter-to-be@example.org", role: "SUPPORTER", actor: boss });
    const entries = await db.auditLog.findMany({ where: { action: "user.role", actorId: admin.id } });
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toContain("supporter-to-be@example.org");
    expect(entries.map((e) => e.after)).toEqual([{ role: "EDITOR" }, { role: "SUPPORTER" }]);
  });
});
