import { expect, loginAs, test, uniqueSlug } from "./fixtures";
import { newSession, signAs } from "./signers";

// A signer can name a detained relative in a comment and expose them before anyone reads it:
// where staff choose (the default for new campaigns), named comments wait for review.
test.describe("comments waiting for review", () => {
  test("a named comment on a reviewed campaign is invisible until approved; a rejected one stays invisible", async ({ browser, db, request }) => {
    const slug = uniqueSlug("reviewed");
    const title = `Reviewed ${slug}`;
    const campaign = await db.campaign.create({ data: { slug, status: "OPEN", title, summary: "A demand.", body: "Body", goal: 100 } });
    expect(campaign.reviewComments).toBe(true);

    // The signer writes a named comment through the form, which warns them first.
    const signer = await browser.newContext();
    await loginAs(db, signer, `${slug}-signer@e2e.test`);
    const signerPage = await signer.newPage();
    await signerPage.goto(`/campaigns/${slug}`);
    await expect(signerPage.getByText("Do not name or describe anyone who could be put at risk", { exact: false })).toBeVisible();
    await expect(signerPage.getByText("On this campaign the organisers read named comments")).toBeVisible();
    await signerPage.getByLabel("Show my name publicly with my signature").check();
    await signerPage.getByLabel("Name to show").fill("Ayşe Reviewed");
    await signerPage.getByLabel("Comment (optional)").fill("Stand with the families");
    await signerPage.getByRole("button", { name: "Sign", exact: true }).click();
    await signerPage.goto(`/campaigns/${slug}`);
    await expect(signerPage.getByText("Waiting for review: only you and the organisers can see it for now.")).toBeVisible();
    // A second signer's comment names someone at risk.
    const { cookie } = await newSession(db, "risky");
    await signAs(request, cookie, slug, { showName: true, displayName: "Bilal Risky", comment: "My cousin Tursun is held in Ghulja" });

    // Nobody else sees either comment: not on the page (cached or not), not in the JSON.
    const visitor = await browser.newPage();
    const publicText = async () => {
      await visitor.goto(`/campaigns/${slug}`);
      return `${await visitor.locator("main").innerText()} ${await (await request.get(`/api/campaigns/${slug}`)).text()}`;
    };
    const before = await publicText();
    expect(before).not.toContain("Stand with the families");
    expect(before).not.toContain("Tursun");

    // Staff see both in the queue, with the count, and decide.
    const staff = await browser.newContext();
    await loginAs(db, staff, `${slug}-editor@e2e.test`, "EDITOR");
    const staffPage = await staff.newPage();
    await staffPage.goto("/admin");
    await staffPage.getByRole("link", { name: /^Comments to review \(\d+\)$/ }).click();
    await expect(staffPage.getByRole("heading", { name: "Comments waiting for review" })).toBeVisible();
    await expect(staffPage.getByRole("region", { name: /comments wait$/ }).getByRole("listitem").filter({ hasText: title })).toContainText("2 waiting");
    const approve = staffPage.getByRole("form", { name: "Decide on the comment by Ayşe Reviewed" });
    const reject = staffPage.getByRole("form", { name: "Decide on the comment by Bilal Risky" });
    await approve.getByRole("button", { name: "Approve" }).click();
    await expect(approve).toHaveCount(0);
    await reject.getByRole("button", { name: "Reject" }).click();
    await expect(reject).toHaveCount(0);
    await staff.close();

    // The approved comment is public at once (the campaign has a new version); the rejected one never.
    const after = await publicText();
    expect(after).toContain("Stand with the families");
    expect(after).not.toContain("Tursun");
    await signerPage.goto(`/campaigns/${slug}`);
    await expect(signerPage.getByText("Shown publicly with your name.")).toBeVisible();
    await signer.close();
    await visitor.close();
    expect(await db.auditLog.count({ where: { action: { in: ["comment.approve", "comment.reject"] }, after: { path: ["campaignId"], equals: campaign.id } } })).toBe(2);
  });

  test("staff turn review off for a campaign; comments already waiting stay in the queue", async ({ page, context, db, request }) => {
    const slug = uniqueSlug("unreviewed");
    const campaign = await db.campaign.create({ data: { slug, status: "OPEN", title: `Unreviewed ${slug}`, summary: "A demand.", body: "Body", goal: 100 } });
    const first = await newSession(db, "waits");
    await signAs(request, first.cookie, slug, { showName: true, displayName: "First Waits", comment: "Written while reviewed" });
    await loginAs(db, context, `${slug}-editor@e2e.test`, "EDITOR");
    await page.goto(`/admin/campaigns/${campaign.id}`);
    await expect(page.getByRole("link", { name: "1 comment on this campaign waits for review" })).toBeVisible();
    await page.getByLabel("Named comments wait for review before they are shown").uncheck();
    await page.getByRole("button", { name: "Save this setting" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).reviewComments).toBe(false);
    const second = await newSession(db, "straight");
    await signAs(request, second.cookie, slug, { showName: true, displayName: "Second Straight", comment: "Published at once" });
    // New signers reach the cached page within its few seconds; the waiting comment never does.
    await expect(async () => {
      const text = await (await request.get(`/campaigns/${slug}`)).text();
      expect(text).toContain("Published at once");
      expect(text).not.toContain("Written while reviewed");
    }).toPass({ timeout: 20_000 });
  });
});
