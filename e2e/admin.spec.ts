import { expect, loginAs, signInByEmail, submitAndWait, test, uniqueEmail, uniqueSlug } from "./fixtures";

// The whole editorial path, as an admin would walk it, in a browser with JavaScript (these
// specs carry no @no-js tag, so the no-javascript project does not run them).
test.describe("admin", () => {
  test("an admin creates a campaign in English and Uyghur, opens it, edits it and records progress", async ({ page, mailbox, db }) => {
    const slug = uniqueSlug("admin-flow-scholars");
    // ADMIN_EMAILS (set in playwright.config.ts) makes this address an admin at sign-in.
    await page.goto("/signin");
    await signInByEmail(page, mailbox, "admin@e2e.test");
    await page.getByRole("link", { name: "My account" }).click();
    await page.getByRole("link", { name: "Admin" }).click();
    await expect(page.getByRole("heading", { name: "Campaigns", level: 1 })).toBeVisible();

    await page.getByRole("link", { name: "New campaign" }).click();
    await page.getByLabel("Address (slug)").fill(slug);
    await page.getByLabel("Goal (signatures)").fill("2500");
    const english = page.getByRole("group", { name: "Text in English" });
    await english.getByLabel("Title").fill("Free the detained scholars");
    await english.getByLabel("Summary").fill("Release the Uyghur scholars held for their work.");
    await english.getByLabel("Text (Markdown)").fill("## Why\n\nScholarship is **not** a crime.");
    const uyghur = page.getByRole("group", { name: "Text in ئۇيغۇرچە" });
    await uyghur.getByLabel("Title").fill("تۇتۇلغان ئالىملارنى قويۇپ بېرىڭ");
    await uyghur.getByLabel("Summary").fill("ئەمگىكى ئۈچۈن تۇتۇلغان ئۇيغۇر ئالىملىرىنى قويۇپ بېرىڭ.");
    await uyghur.getByLabel("Text (Markdown)").fill("## نېمە ئۈچۈن\n\nئىلىم جىنايەت ئەمەس.");
    await page.getByLabel("Source title").fill("Letter of the scholars' families");
    await page.getByLabel("Published by").fill("The families");
    await page.getByLabel("Published on").fill("2026-03");
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page.getByText("The campaign was created as a draft.")).toBeVisible();
    const campaignAdmin = new URL(page.url()).pathname;

    // A draft is not public.
    expect((await page.request.get(`/campaigns/${slug}`)).status()).toBe(404);

    await page.getByLabel("Status", { exact: true }).selectOption("OPEN");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Saved.")).toBeVisible();

    const visitor = await page.context().browser()!.newPage();
    await visitor.goto(`/campaigns/${slug}`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Free the detained scholars");
    await visitor.goto(`/ug/campaigns/${slug}`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("تۇتۇلغان ئالىملارنى قويۇپ بېرىڭ");
    await expect(visitor.locator("html")).toHaveAttribute("dir", "rtl");

    // Editing the title changes the public page.
    await english.getByLabel("Title").fill("Free the detained Uyghur scholars");
    await submitAndWait(page, page.getByRole("button", { name: "Save", exact: true }));
    await expect(page.getByText("Saved.")).toBeVisible();
    await visitor.goto(`/campaigns/${slug}`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Free the detained Uyghur scholars");

    // A tracker entry (no position moves, so no evidence is needed) appears at once.
    await page.getByLabel("What happened", { exact: true }).fill("Letter delivered to the minister");
    await page.getByRole("button", { name: "Record the event" }).click();
    await expect(page.getByText("Recorded. The public page shows it now.")).toBeVisible();
    await visitor.goto(`/campaigns/${slug}`);
    const tracker = visitor.getByRole("region", { name: "Tracker" });
    await expect(tracker.getByRole("heading", { name: "Letter delivered to the minister" })).toBeVisible();
    await visitor.goto(`/ug/campaigns/${slug}`);
    await expect(visitor.getByText("The families")).toHaveAttribute("lang", "en");
    await page.goto(campaignAdmin);

    // A supporter follows the campaign; the admin posts an update; it arrives through SMTP, and
    // the follower unsubscribes with the one-click POST their mail client would send.
    const followerEmail = uniqueEmail("admin-flow-follower");
    const followerContext = await page.context().browser()!.newContext();
    await loginAs(db, followerContext, followerEmail);
    const followerPage = await followerContext.newPage();
    await followerPage.goto(`/campaigns/${slug}`);
    await followerPage.getByRole("button", { name: "Follow", exact: true }).click();
    await expect(followerPage.getByText("You follow this campaign")).toBeVisible();
    await followerContext.close();

    await page.getByRole("link", { name: "Send an update to followers" }).click();
    await page.locator("#title").fill("The minister replied");
    await page.locator("#body").fill("The ministry **acknowledged** the letter.");
    await page.getByRole("button", { name: "Post and email followers" }).click();
    await expect(page.getByText("Posted. 1 follower will get an email.")).toBeVisible();
    const update = await mailbox.waitForMessage(followerEmail);
    expect(update.subject).toBe("An update for you");
    expect(update.text).toContain("The minister replied");
    const unsubscribe = /^<(.+)>$/.exec(update.headers["list-unsubscribe"] ?? "")?.[1] ?? "";
    const oneClick = await page.request.post(unsubscribe, { form: { "List-Unsubscribe": "One-Click" } });
    expect(oneClick.status()).toBe(200);
    const follow = await db.follow.findFirstOrThrow({ where: { user: { email: followerEmail }, campaign: { slug } } });
    expect(follow.unsubscribedAt).not.toBeNull();

    // Every change is in the audit log.
    await page.getByRole("link", { name: "Audit log" }).click();
    const rows = page.getByRole("row");
    for (const action of ["campaign.create", "campaign.update", "tracker.add", "update.post"]) {
      await expect(rows.filter({ hasText: action }).filter({ hasText: "admin@e2e.test" }).first()).toBeVisible();
    }
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug } });
    expect(await db.auditLog.count({ where: { entityId: campaign.id, action: "campaign.update" } })).toBe(2);
    await visitor.close();
  });

  test("an admin writes a decision maker in English and Uyghur and links it to a campaign; its page shows them in each language", async ({ page, context, db }) => {
    const slug = uniqueSlug("admin-decision-maker");
    const campaign = await db.campaign.create({ data: { slug, status: "OPEN", title: "Decision maker demand", summary: "s", body: "b", goal: 10 } });
    await loginAs(db, context, uniqueEmail("dm-admin"), "ADMIN");
    await page.goto("/admin");
    // A decision maker is a shared record, written in English and Uyghur, then linked to the campaign.
    const minister = `Minister of Foreign Affairs ${slug.slice(-6)}`;
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Decision makers" }).click();
    await page.getByRole("link", { name: "New decision maker" }).click();
    const dmEnglish = page.getByRole("group", { name: "In English" });
    await dmEnglish.getByLabel("Name", { exact: true }).fill(minister);
    await dmEnglish.getByLabel("Institution", { exact: true }).fill("Government of Example");
    const dmUyghur = page.getByRole("group", { name: "In ئۇيغۇرچە" });
    await dmUyghur.getByLabel("Name", { exact: true }).fill("تاشقى ئىشلار مىنىستىرى");
    await dmUyghur.getByLabel("Institution", { exact: true }).fill("مىسال ھۆكۈمىتى");
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await page.goto(`/admin/campaigns/${campaign.id}`);
    await page.getByRole("checkbox", { name: new RegExp(minister) }).check();
    await page.getByRole("button", { name: "Save decision makers" }).click();
    await expect(page.getByRole("region", { name: "Decision makers" }).getByText(`${minister}: No response recorded`)).toBeVisible();

    const visitor = await page.context().browser()!.newPage();
    await visitor.goto(`/campaigns/${slug}`);
    await expect(visitor.getByRole("region", { name: "Addressed to" }).getByText(minister)).toBeVisible();
    await expect(visitor.getByRole("region", { name: "Addressed to" }).getByText("No response recorded")).toBeVisible();
    await visitor.goto(`/ug/campaigns/${slug}`);
    await expect(visitor.getByRole("region", { name: "قارىتىلغان تەرەپلەر" }).getByText("تاشقى ئىشلار مىنىستىرى")).toBeVisible();
    await expect(visitor.getByRole("region", { name: "قارىتىلغان تەرەپلەر" }).getByText("جاۋاب خاتىرىلەنمىگەن")).toBeVisible();
    for (const action of ["decisionMaker.create", "campaign.targets"]) {
      expect(await db.auditLog.count({ where: { action, entityId: action === "campaign.targets" ? campaign.id : undefined } }), action).toBeGreaterThan(0);
    }
    await visitor.close();
  });

  test("invalid input gets field errors and saves nothing", async ({ page, context, db }) => {
    await loginAs(db, context, "editor-invalid@e2e.test", "EDITOR");
    const before = { campaigns: await db.campaign.count(), audit: await db.auditLog.count() };
    await page.goto("/admin/campaigns/new");
    await page.getByLabel("Address (slug)").fill("special-coordinator-east-turkistan");
    await page.getByLabel("Goal (signatures)").fill("0");
    await page.getByLabel("Opens on").fill("2027-03-01");
    await page.getByLabel("Closes on").fill("2027-02-01");
    const english = page.getByRole("group", { name: "Text in English" });
    await english.getByLabel("Title").fill("Duplicate");
    await english.getByLabel("Summary").fill("S");
    await english.getByLabel("Text (Markdown)").fill("B");
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page.getByText("Enter a whole number of at least 1.")).toBeVisible();
    await expect(page.getByText("The closing date must be after the opening date.")).toBeVisible();
    await page.getByLabel("Goal (signatures)").fill("10");
    await page.getByLabel("Closes on").fill("2027-04-01");
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page.getByText("Another campaign already uses this address.")).toBeVisible();
    expect({ campaigns: await db.campaign.count(), audit: await db.auditLog.count() }).toEqual(before);
  });
});
