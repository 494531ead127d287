import { expect, Mailbox, test, uniqueSlug } from "./fixtures";
import { ageSession, newSession, signAs } from "./signers";

// A phone seized with a live session must not show what its owner signed (PRODUCT.md, "Signer
// safety"): what a person signed and follows shows only within 24 hours of signing in by email.
test.describe("a recent sign-in @no-js", () => {
  test("a session older than 24 hours sees no list on /me, and no data download, until a fresh link", async ({ page, context, db, mailbox, request, baseURL }) => {
    const slug = uniqueSlug("seized-phone");
    const title = `Seized phone ${slug}`;
    await db.campaign.create({ data: { slug, status: "OPEN", title, summary: "A demand.", body: "Body", goal: 100 } });
    const { user, sessionToken, cookie } = await newSession(db, "seized");
    await signAs(request, cookie, slug, { follow: true });
    await ageSession(db, sessionToken, 25);
    await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL! }]);

    // /me: the account actions and a button for a fresh link; no list, no campaign, no download.
    await page.goto("/me");
    await expect(page.getByRole("heading", { name: "Sign in again to see your campaigns" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Campaigns I signed" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Campaigns I follow" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Download my data (JSON)" })).toHaveCount(0);
    expect(await page.content()).not.toContain(title);
    await expect(page.getByRole("button", { name: "Sign out on every device" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Delete my account" })).toBeVisible();
    // The download is refused by the server too, not only hidden.
    const download = await request.get("/api/me/export", { headers: { cookie } });
    expect(download.status()).toBe(403);
    expect(await download.json()).toMatchObject({ error: "sign_in_again" });
    // The campaign page does not say whether this session signed, or follows.
    await page.goto(`/campaigns/${slug}`);
    await expect(page.getByText("You signed in more than 24 hours ago")).toBeVisible();
    await expect(page.getByText("You have signed this campaign.")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Unfollow" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Withdraw my signature, if I signed" })).toBeVisible();

    // A fresh link, to the account's own address, brings the lists back.
    await page.goto("/me");
    await page.getByRole("button", { name: "Email me a fresh sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const mail = await mailbox.waitForMessage(user.email);
    await page.goto(Mailbox.signInLink(mail));
    await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/me$/);
    const signed = page.getByRole("region", { name: "Campaigns I signed" });
    await expect(signed.getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByRole("region", { name: "Campaigns I follow" }).getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download my data (JSON)" })).toBeVisible();
    const fresh = (await context.cookies()).find((c) => c.name === "authjs.session-token")?.value;
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(sessionToken);
    expect((await request.get("/api/me/export", { headers: { cookie: `authjs.session-token=${fresh}` } })).status()).toBe(200);
  });

  test("an old session can still withdraw, and is told the same whether or not it had signed", async ({ page, context, db, request, baseURL }) => {
    const slug = uniqueSlug("old-withdraw");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Old withdraw", summary: "A demand.", body: "Body", goal: 100 } });
    const { sessionToken, cookie } = await newSession(db, "old-withdraw");
    await signAs(request, cookie, slug);
    await ageSession(db, sessionToken, 30);
    await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL! }]);
    await page.goto(`/campaigns/${slug}`);
    await page.getByRole("button", { name: "Withdraw my signature, if I signed" }).click();
    await expect(page.getByText("If you had signed this campaign, your signature has been withdrawn.")).toBeVisible();
    expect(await db.signature.count({ where: { campaign: { slug } } })).toBe(0);
    await expect(page.getByTestId("signature-count")).toHaveAttribute("data-count", "0");
  });
});
