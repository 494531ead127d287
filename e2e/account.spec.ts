import { readFileSync } from "node:fs";
import { expect, loginAs, test, uniqueEmail, uniqueSlug } from "./fixtures";

type Messages = typeof import("../messages/en.json");
const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Messages;
const en = messages("en");
const ug = messages("ug");

// A supporter downloads what the site keeps about them, then deletes their account: their
// signature leaves the count and the public page, and nothing of them is left. With JavaScript
// in English, and without it in Uyghur.
test.describe("my data and my account @no-js", () => {
  test("a supporter downloads their data and deletes their account", async ({ page, context, db }, testInfo) => {
    const noJs = testInfo.project.name === "no-javascript";
    const [m, prefix] = noJs ? [ug, "/ug"] : [en, ""];
    const slug = uniqueSlug("delete-me");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Close the camps", summary: "A demand.", body: "Body", goal: 100 } });
    const email = uniqueEmail("leaver");
    const { user } = await loginAs(db, context, email);

    await page.goto(`${prefix}/campaigns/${slug}`);
    await page.getByLabel(m.SignForm.showName).check();
    await page.getByLabel(m.SignForm.displayName).fill("Aynur Leaver");
    await page.getByLabel(m.SignForm.comment).fill("Free my brother");
    // Nothing is ticked in advance: following is a choice.
    await expect(page.getByLabel(m.SignForm.follow)).not.toBeChecked();
    await expect(page.getByLabel(m.SignForm.showName)).toBeChecked();
    await page.getByLabel(m.SignForm.follow).check();
    await page.getByRole("button", { name: m.SignForm.submit, exact: true }).click();
    await expect(page.getByTestId("signature-count")).toHaveAttribute("data-count", "1");

    // An anonymous reader sees the name (and the cached page now holds it).
    const visitor = await page.context().browser()!.newPage();
    await visitor.goto(`${prefix}/campaigns/${slug}`);
    await expect(visitor.getByText("Aynur Leaver")).toBeVisible();

    // The download holds the signature with what they wrote, and their address.
    await page.goto(`${prefix}/me`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: m.Me.download }).click()]);
    expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(data.account.email).toBe(email);
    expect(data.signatures).toEqual([expect.objectContaining({ campaign: slug, displayName: "Aynur Leaver", comment: "Free my brother", nameShownPublicly: true })]);
    expect(data.follows).toEqual([expect.objectContaining({ campaign: slug })]);

    // Without the box ticked nothing happens: the browser asks for it, and the server, asked
    // anyway, refuses and says why.
    const deleteButton = page.getByRole("button", { name: m.Me.deleteButton });
    await deleteButton.click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/me$`));
    if (!noJs) {
      await page.getByLabel(m.Me.deleteConfirm).evaluate((box) => box.removeAttribute("required"));
      await deleteButton.click();
      await expect(page.getByRole("alert").filter({ hasText: m.Me.deleteProblem.confirm })).toBeVisible();
    }
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);

    await page.getByLabel(m.Me.deleteConfirm).check();
    await deleteButton.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.AccountDeleted.heading);
    await expect(page).toHaveURL(new RegExp(`${prefix}/account-deleted$`));

    // Nothing of them is left, and they are signed out.
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.signature.count({ where: { campaign: { slug } } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await context.cookies()).map((c) => c.name)).not.toContain("authjs.session-token");
    await page.goto(`${prefix}/me`);
    await expect(page).toHaveURL(/\/signin\?/);

    // The public page, at once, and the count no longer hold the signature.
    await visitor.goto(`${prefix}/campaigns/${slug}`);
    await expect(visitor.getByTestId("signature-count")).toHaveAttribute("data-count", "0");
    await expect(visitor.getByText("Aynur Leaver")).toHaveCount(0);
    await visitor.close();
    const json = await (await page.request.get(`/api/campaigns/${slug}`)).json();
    expect(json.signatureCount).toBe(0);
  });

  test("only a signed-in person can download their data", async ({ request }) => {
    const response = await request.get("/api/me/export");
    expect(response.status()).toBe(401);
    expect(response.headers()["cache-control"]).toContain("no-store");
  });
});
