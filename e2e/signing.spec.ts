import type { Page } from "@playwright/test";
import { expect, loginAs, signInByEmail, test, uniqueEmail, uniqueSlug } from "./fixtures";

const countOf = (page: Page) => page.getByTestId("signature-count");

test.describe("signing @no-js", () => {
  test("a visitor signs in by email, signs, sees the count rise, and withdraws", async ({ page, mailbox, db }, testInfo) => {
    const slug = uniqueSlug("sign-flow");
    // Comments published without review here (review has its own spec: comment-review.spec.ts).
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Release the prisoners", summary: "A demand.", body: "Body", goal: 100, reviewComments: false } });
    await page.goto(`/campaigns/${slug}`);
    await expect(countOf(page)).toHaveAttribute("data-count", "0");

    // A visitor fills the form, is sent to sign in, and comes back with it filled in.
    await page.getByLabel("Show my name publicly with my signature").check();
    await page.getByLabel("Name to show").fill("Gulnar Test");
    await page.getByLabel("Comment (optional)").fill("For my family");
    await page.getByRole("button", { name: /^Sign \(we will email you/ }).click();
    await expect(page).toHaveURL(/\/signin\?/);
    await expect(page.getByText("Sign in to sign the campaign.")).toBeVisible();
    const email = uniqueEmail(`signer-${testInfo.project.name}`);
    await signInByEmail(page, mailbox, email);
    await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}#sign$`));
    await expect(page.getByLabel("Name to show")).toHaveValue("Gulnar Test");
    await expect(page.getByLabel("Comment (optional)")).toHaveValue("For my family");

    await page.getByRole("button", { name: "Sign", exact: true }).click();
    await expect(page.getByText(/you have signed/i).first()).toBeVisible();
    await expect(countOf(page)).toHaveAttribute("data-count", "1");

    await page.goto(`/campaigns/${slug}`);
    await expect(page.getByText("You have signed this campaign.")).toBeVisible();
    await expect(page.getByText("Shown as: Gulnar Test")).toBeVisible();
    await expect(countOf(page)).toHaveText("1 signature");
    const recent = page.getByRole("region", { name: "Recent signers who chose to show their name" });
    await expect(recent.getByText("Gulnar Test")).toBeVisible();
    await expect(recent.getByText("For my family")).toBeVisible();

    // The mail a signer gets names no campaign and no cause.
    const mail = (await mailbox.messagesTo(email))[0]!;
    expect(mail.subject).toBe("Your sign-in link");
    expect(`${mail.subject} ${mail.text}`).not.toMatch(/prisoner|campaign|sign-flow|sign this/i);

    // An anonymous reader sees the name too, once the cached page has caught up (it is
    // regenerated every few seconds: new signers may show a little late, never withdrawn ones).
    const visitor = await page.context().browser()!.newPage();
    await expect(async () => {
      await visitor.goto(`/campaigns/${slug}`);
      await expect(visitor.getByText("Gulnar Test")).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 20_000 });

    await page.getByRole("button", { name: "Withdraw my signature" }).click();
    await expect(page.getByText("Your signature has been withdrawn.").or(page.getByRole("button", { name: /^Sign$/ }))).toBeVisible();
    await page.goto(`/campaigns/${slug}`);
    await expect(countOf(page)).toHaveAttribute("data-count", "0");
    await expect(page.getByText("Gulnar Test")).toHaveCount(0);
    expect(await db.signature.count({ where: { campaign: { slug } } })).toBe(0);
    // ...and at once, so does the page anonymous readers get.
    await visitor.goto(`/campaigns/${slug}`);
    await expect(visitor.getByTestId("signature-count")).toHaveAttribute("data-count", "0");
    await expect(visitor.getByText("Gulnar Test")).toHaveCount(0);
    await visitor.close();
  });

  test("a visitor's mistake is shown on the form, what they typed kept, before any sign-in", async ({ page, db }) => {
    const slug = uniqueSlug("sign-mistake");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Free the scholars", summary: "A demand.", body: "Body", goal: 100 } });
    await page.goto(`/campaigns/${slug}`);
    await page.getByLabel("Show my name publicly with my signature").check();
    await page.getByLabel("Comment (optional)").fill("Kept as typed");
    await page.getByRole("button", { name: /^Sign \(we will email you/ }).click();
    await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}`));
    await expect(page.getByText("Enter the name to show, or untick “show my name”.")).toBeVisible();
    await expect(page.getByLabel("Show my name publicly with my signature")).toBeChecked();
    await expect(page.getByLabel("Comment (optional)")).toHaveValue("Kept as typed");
  });

  test("signing again is harmless and says you have signed", async ({ browser, db }, testInfo) => {
    const slug = uniqueSlug("sign-twice");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Twice", summary: "A demand.", body: "Body", goal: 100 } });
    const context = await browser.newContext({ javaScriptEnabled: testInfo.project.name !== "no-javascript" });
    await loginAs(db, context, uniqueEmail("twice"));
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(`/campaigns/${slug}`);
    await second.goto(`/campaigns/${slug}`);
    await first.getByRole("button", { name: "Sign", exact: true }).click();
    await expect(first.getByText(/you have signed/i).first()).toBeVisible();
    await second.getByRole("button", { name: "Sign", exact: true }).click();
    await expect(second.getByText("You have signed this campaign.").first()).toBeVisible();
    expect(await db.signature.count({ where: { campaign: { slug } } })).toBe(1);
    await second.goto(`/campaigns/${slug}`);
    await expect(countOf(second)).toHaveAttribute("data-count", "1");
    await context.close();
  });

  test("a closed campaign shows no form and refuses signatures", async ({ page, context, db, request }) => {
    const slug = uniqueSlug("closed");
    await db.campaign.create({ data: { slug, status: "CLOSED", title: "Closed demand", summary: "Over.", body: "Body", goal: 100 } });
    const { sessionToken } = await loginAs(db, context, uniqueEmail("closed"));
    await page.goto(`/campaigns/${slug}`);
    await expect(page.getByText("This campaign is not open for signatures.").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign", exact: true })).toHaveCount(0);
    const response = await request.post(`/api/campaigns/${slug}/signature`, {
      headers: { cookie: `authjs.session-token=${sessionToken}`, origin: new URL(page.url()).origin },
      data: { showName: false, follow: false },
    });
    expect(response.status()).toBe(409);
    expect(await response.json()).toMatchObject({ error: "not_open" });
    expect(await db.signature.count({ where: { campaign: { slug } } })).toBe(0);
  });

  test("following and unfollowing, and /me lists what I signed and follow", async ({ page, context, db }) => {
    const slug = uniqueSlug("follow");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Follow me", summary: "A demand.", body: "Body", goal: 100 } });
    await loginAs(db, context, uniqueEmail("follower"));
    await page.goto(`/campaigns/${slug}`);
    await page.getByRole("button", { name: "Follow", exact: true }).click();
    await expect(page.getByText("You follow this campaign")).toBeVisible();
    await page.goto("/me");
    const following = page.getByRole("region", { name: "Campaigns I follow" });
    await expect(following.getByRole("link", { name: "Follow me" })).toBeVisible();
    await following.getByRole("button", { name: "Unfollow" }).click();
    // The answer re-renders the page without it; then a fresh load agrees.
    await expect(page.getByText("You do not follow any campaign.")).toBeVisible();
    await page.goto("/me");
    await expect(page.getByText("You do not follow any campaign.")).toBeVisible();
  });
});

test.describe("signing with JavaScript", () => {
  test("the answer is the signer's panel and the count, not a new page, and withdrawing from it brings the form back", async ({ page, context, db }) => {
    const slug = uniqueSlug("sign-js");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Answer in place", summary: "A demand.", body: "Body", goal: 100 } });
    await loginAs(db, context, uniqueEmail("signer-js"));
    await page.goto(`/campaigns/${slug}`);
    await expect(countOf(page)).toHaveAttribute("data-count", "0");
    await page.getByLabel("Show my name publicly with my signature").check();
    await page.getByLabel("Name to show").fill("Gulnar Test");
    await page.getByLabel("Follow this campaign", { exact: true }).check();

    const answer = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
    await page.getByRole("button", { name: "Sign", exact: true }).click();
    const response = await answer;
    // A handful of fields: asking Next to render the page into every signer's answer (what
    // revalidatePath or a changed cookie do) makes it kilobytes even compressed.
    expect(response.headers()["x-action-revalidated"]).toBeUndefined();
    expect((await response.request().sizes()).responseBodySize).toBeLessThan(1_000);

    await expect(page.getByText("Thank you: you have signed.")).toBeVisible();
    await expect(page.getByText("You have signed this campaign.")).toBeVisible();
    await expect(page.getByText("Shown as: Gulnar Test")).toBeVisible();
    await expect(page.getByText("You follow this campaign and get its news by email.")).toBeVisible();
    await expect(countOf(page)).toHaveAttribute("data-count", "1");
    expect(await db.signature.count({ where: { campaign: { slug } } })).toBe(1);

    await page.getByRole("button", { name: "Withdraw my signature" }).click();
    await expect(page.getByRole("button", { name: "Sign", exact: true })).toBeVisible();
    await expect(page.getByText("Your signature has been withdrawn.")).toBeVisible();
    await expect(countOf(page)).toHaveAttribute("data-count", "0");
    expect(await db.signature.count({ where: { campaign: { slug } } })).toBe(0);
  });
});

