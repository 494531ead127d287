import { expect, test } from "./fixtures";

const SLUGS = [
  "special-coordinator-east-turkistan",
  "support-icc-complaint",
  "icj-genocide-referral",
  "recognise-east-turkistan-occupied",
];

type CampaignJson = { slug: string; title: string; status: string; goal: number; signatureCount: number; url: string };

test.describe("public pages @no-js", () => {
  test("the home page lists every seeded demand with its count and goal", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/Campaigns/);
    await expect(page.getByRole("heading", { level: 1, name: "Campaigns" })).toBeVisible();
    for (const title of [
      "Appoint a Special Coordinator for East Turkistani Affairs",
      "Support East Turkistan's legal complaint before the International Criminal Court",
      "Refer China's ongoing genocide to the International Court of Justice",
    ]) {
      await expect(page.getByRole("heading", { level: 3, name: title })).toBeVisible();
    }
    // Other specs add campaigns of their own; the seeded ones are all there, each with a count.
    const cards = page.getByRole("article");
    expect(await cards.count()).toBeGreaterThanOrEqual(SLUGS.length);
    for (const card of await cards.all()) {
      await expect(card.getByTestId("signature-count")).toHaveAttribute("data-count", /^\d+$/);
      await expect(card.getByRole("progressbar")).toBeVisible();
    }
    await expect(page.getByText("of a goal of 10,000").first()).toBeVisible();
    // Each open campaign says how fast it grows.
    const seeded = cards.filter({ hasText: "Appoint a Special Coordinator" });
    await expect(seeded.getByText(/new signatures? in the last 24 hours/)).toBeVisible();
  });

  test("a campaign page shows the demand, its targets, the tracker and the count", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /Appoint a Special Coordinator/ }).click();
    await expect(page).toHaveURL(/\/campaigns\/special-coordinator-east-turkistan$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Appoint a Special Coordinator for East Turkistani Affairs");
    const targets = page.getByRole("region", { name: "Addressed to" });
    await expect(targets.getByRole("listitem")).toHaveCount(1);
    await expect(targets.getByRole("listitem")).toContainText(["Secretary of State"]);
    await expect(targets.getByText("US Department of State, United States", { exact: true })).toBeVisible();
    await expect(targets.getByText("No response recorded")).toBeVisible();
    const tracker = page.getByRole("region", { name: "Tracker" });
    await expect(tracker.getByText("January 19, 2021", { exact: true })).toBeVisible();
    await expect(tracker.getByRole("heading", { name: "The US Secretary of State's determination on atrocities in Xinjiang" })).toBeVisible();
    // Seeded history cites its source and says plainly that nothing was archived.
    await expect(tracker.getByRole("link", { name: "Determination of the Secretary of State on Atrocities in Xinjiang" })).toHaveAttribute(
      "href",
      "https://2017-2021.state.gov/determination-of-the-secretary-of-state-on-atrocities-in-xinjiang/",
    );
    await expect(tracker.getByText(/^Not archived:/)).toBeVisible();
    await expect(page.getByTestId("signature-count")).toHaveText("No signatures yet");
    await expect(page.getByText("No new signatures in the last 24 hours")).toBeVisible();
    // Sharing is by plain links that carry the page's address; no other site's script is loaded.
    const share = page.getByRole("region", { name: "Share" });
    const address = `${new URL(page.url()).origin}/campaigns/special-coordinator-east-turkistan`;
    await expect(share.getByLabel("Link to this campaign")).toHaveValue(address);
    expect(await share.getByRole("link", { name: "Telegram" }).getAttribute("href")).toBe(
      `https://t.me/share/url?url=${encodeURIComponent(address)}&text=${encodeURIComponent("Appoint a Special Coordinator for East Turkistani Affairs")}`,
    );
    expect(await share.getByRole("link", { name: "Email" }).getAttribute("href")).toMatch(/^mailto:\?subject=Appoint/);
    const scriptSources = await page.locator("script[src]").evaluateAll((scripts) => scripts.map((s) => new URL((s as HTMLScriptElement).src).origin));
    expect(scriptSources.filter((origin) => origin !== new URL(page.url()).origin)).toEqual([]);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description).toContain("Special Coordinator");
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toContain("Special Coordinator");
  });

  test("the JSON API agrees with the pages and holds no signer data", async ({ page, request }) => {
    const response = await request.get("/api/campaigns");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("stale-while-revalidate");
    const { campaigns } = (await response.json()) as { campaigns: CampaignJson[] };
    expect(campaigns.map((c) => c.slug)).toEqual(expect.arrayContaining(SLUGS));
    for (const campaign of campaigns) {
      expect(Object.keys(campaign).sort()).toEqual(["closesAt", "goal", "signatureCount", "slug", "status", "summary", "title", "url"]);
      expect(typeof campaign.signatureCount).toBe("number");
      expect(typeof campaign.goal).toBe("number");
      expect(["open", "closed", "achieved", "archived"]).toContain(campaign.status);
      if (SLUGS.includes(campaign.slug)) expect(campaign.status).toBe("open");
    }

    const one = (await (await request.get("/api/campaigns/support-icc-complaint")).json()) as CampaignJson & { targets: { name: string; position: string; since: string | null }[] };
    // One campaign also says where it stands with each decision maker, as the tracker does.
    expect(one.targets).toEqual([
      expect.objectContaining({ name: "Office of the Prosecutor", position: "declined_for_now", since: "2020-12-14" }),
      expect.objectContaining({ name: "States Parties to the Rome Statute", position: "no_response", since: null }),
    ]);
    const count = await request.get("/api/campaigns/support-icc-complaint/count");
    expect(count.headers()["cache-control"]).toMatch(/max-age=\d+.*stale-while-revalidate/);
    expect(await count.json()).toMatchObject({ slug: "support-icc-complaint", goal: one.goal, signatureCount: one.signatureCount });
    expect((await request.get("/api/campaigns/no-such-campaign/count")).status()).toBe(404);
    await page.goto(new URL(one.url).pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(one.title);
    await expect(page.getByTestId("signature-count")).toHaveAttribute("data-count", String(one.signatureCount));
    await expect(page.getByText(`of a goal of ${one.goal.toLocaleString("en")}`)).toBeVisible();
  });

  test("unknown and draft campaigns are real 404s, on the page and in the API", async ({ page, request, db }) => {
    await db.campaign.upsert({
      where: { slug: "e2e-draft" },
      update: {},
      create: { slug: "e2e-draft", status: "DRAFT", title: "Secret draft demand", summary: "not yet", body: "draft", goal: 10 },
    });
    for (const slug of ["no-such-campaign", "e2e-draft"]) {
      const response = await page.goto(`/campaigns/${slug}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.locator("body")).not.toContainText("Secret draft demand");
      const api = await request.get(`/api/campaigns/${slug}`);
      expect(api.status()).toBe(404);
      expect(await api.json()).toMatchObject({ error: "not_found" });
    }
    const list = await (await request.get("/api/campaigns")).text();
    expect(list).not.toContain("e2e-draft");
    await page.goto("/");
    await expect(page.locator("body")).not.toContainText("Secret draft demand");
  });

  test("the Uyghur pages are right-to-left and in Uyghur", async ({ page }) => {
    await page.goto("/campaigns/icj-genocide-referral");
    await page.getByRole("link", { name: "ئۇيغۇرچە" }).click();
    await expect(page).toHaveURL(/\/ug\/campaigns\/icj-genocide-referral$/);
    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", "ug");
    await expect(html).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/خەلقئارا سوت مەھكىمىسىگە/);
    await expect(page.getByRole("heading", { name: "قارىتىلغان تەرەپلەر" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "جەريان خاتىرىسى" })).toBeVisible();
    await expect(page.getByTestId("signature-count")).toHaveText("تېخى ئىمزا يوق");
    // Every piece of text in the page's own language is Uyghur: only passages marked as another
    // language (the English source citation, the name "English" in the switcher) have Latin letters.
    const latin = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, [hidden]")) continue;
        if (parent.closest("[lang]")?.getAttribute("lang") !== "ug") continue;
        if (/[A-Za-z]/.test(node.textContent ?? "")) found.push(node.textContent ?? "");
      }
      return found;
    });
    expect(latin).toEqual([]);
    expect(await page.title()).not.toMatch(/[A-Za-z]/);
    // The layout mirrors: the "all campaigns" link sits at the right edge of the content.
    const link = await page.getByRole("link", { name: "بارلىق پائالىيەتلەر" }).boundingBox();
    const main = await page.locator("main").boundingBox();
    expect(link && main && main.x + main.width - (link.x + link.width)).toBeLessThan(40);
    expect(link && main && link.x - main.x).toBeGreaterThan(200);
    // Back to English keeps the page.
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/campaigns\/icj-genocide-referral$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  });
});
