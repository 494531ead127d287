import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, Mailbox, test, uniqueEmail, uniqueSlug } from "./fixtures";

// Turkish was added as a messages file and one line in i18n/routing.ts. These are the checks
// English and Uyghur have, in Turkish: the pages, the sign-in email, a whole signing walk with
// JavaScript on and off.

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const en = new Map(flatten(JSON.parse(readFileSync("messages/en.json", "utf8")) as Tree));
const tr = new Map(flatten(JSON.parse(readFileSync("messages/tr.json", "utf8")) as Tree));
// English sentences the Turkish pages must not show (whole messages without placeholders).
const ENGLISH = new Set([...en].filter(([key, text]) => tr.get(key) !== text && !text.includes("{") && /[a-z]{3}/.test(text)).map(([, text]) => text));

/** Text in the page marked as Turkish that is a message left in English. */
async function englishInTurkish(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, [hidden]")) continue;
      if (parent.closest("[lang]")?.getAttribute("lang") === "tr" && node.textContent?.trim()) found.push(node.textContent.trim());
    }
    return found;
  });
  return texts.filter((text) => ENGLISH.has(text));
}

const countOf = (page: Page) => page.getByTestId("signature-count");

test.describe("Turkish @no-js", () => {
  test("the pages are left to right and in Turkish; a campaign not yet translated shows in its own language", async ({ page }) => {
    await page.goto("/campaigns/icj-genocide-referral");
    await page.getByRole("link", { name: "Türkçe" }).click();
    await expect(page).toHaveURL(/\/tr\/campaigns\/icj-genocide-referral$/);
    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", "tr");
    await expect(html).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { name: "Muhatapları" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Durum çizelgesi", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Bu kampanyayı imzalayın" })).toBeVisible();
    // The seeded demands are written in English and Uyghur: the text comes in English, marked
    // as English, with a note in Turkish; everything around it is Turkish.
    await expect(page.getByText("Bu kampanya henüz çevrilmedi; bu yüzden yazıldığı dilde gösteriliyor.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/International Court of Justice/);
    expect(await page.getByRole("heading", { level: 1 }).evaluate((h) => h.closest("[lang]")?.getAttribute("lang"))).toBe("en");
    await expect(page.getByRole("link", { name: "Tüm kampanyalar" })).toBeVisible();
    expect(await page.getByRole("link", { name: "Tüm kampanyalar" }).evaluate((a) => a.closest("[lang]")?.getAttribute("lang"))).toBe("tr");
    expect(await englishInTurkish(page)).toEqual([]);
    // Every language is an alternate of the page, Turkish included.
    await expect(page.locator('link[rel="alternate"][hreflang="tr"]')).toHaveAttribute("href", /\/tr\/campaigns\/icj-genocide-referral$/);
    await expect(page.locator('link[rel="alternate"][hreflang="ug"]')).toHaveAttribute("href", /\/ug\/campaigns\/icj-genocide-referral$/);

    for (const [path, heading] of [
      ["/tr", "Kampanyalar"],
      ["/tr/tracker", "Her talep nerede duruyor"],
      ["/tr/signin", "Giriş yap"],
      ["/tr/about", "Bu site hakkında"],
      ["/tr/developers", "Açık veri"],
    ] as const) {
      await page.goto(path);
      await expect(page.locator("html"), path).toHaveAttribute("lang", "tr");
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
      expect(await englishInTurkish(page), path).toEqual([]);
    }
    // A page that does not exist speaks every language, Turkish among them.
    const missing = await page.goto("/tr/no-such-page");
    expect(missing?.status()).toBe(404);
    await expect(page.locator('[lang="tr"]').getByText("Sayfa bulunamadı")).toBeVisible();
    // Back to English keeps the page.
    await page.goto("/tr/campaigns/icj-genocide-referral");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/campaigns\/icj-genocide-referral$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("a visitor signs in by the emailed link, signs and sees the count, all in Turkish", async ({ page, mailbox, db }, testInfo) => {
    const slug = uniqueSlug("tr-sign");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Free the scholars", summary: "A demand.", body: "Body", goal: 100, reviewComments: false } });
    await page.goto(`/tr/campaigns/${slug}`);
    await expect(countOf(page)).toHaveText("Henüz imza yok");

    await page.getByLabel("Adımı imzamla birlikte herkese açık göster").check();
    // A mistake is named in Turkish, with JavaScript (by the form) and without (by the server).
    await page.getByRole("button", { name: /^İmzala \(kimliğinizi/ }).click();
    await expect(page.getByText("Gösterilecek adı yazın ya da “adımı göster” işaretini kaldırın.")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await page.getByLabel("Gösterilecek ad").fill("Ayşe Yılmaz");
    await page.getByLabel("Yorum (isteğe bağlı)").fill("Ailem için");
    await page.getByRole("button", { name: /^İmzala \(kimliğinizi/ }).click();
    await expect(page).toHaveURL(/\/tr\/signin\?/);
    await expect(page.getByText("Kampanyayı imzalamak için giriş yapın.")).toBeVisible();

    // The real sign-in: the form, the email through SMTP (in Turkish), the link, the button.
    const email = uniqueEmail(`tr-signer-${testInfo.project.name}`);
    await page.getByLabel("E-posta adresi").fill(email);
    await page.getByRole("button", { name: "Bana bir giriş bağlantısı gönder" }).click();
    await expect(page.getByRole("heading", { name: "E-postanıza bakın" })).toBeVisible();
    const mail = await mailbox.waitForMessage(email);
    expect(mail.subject).toBe("Giriş bağlantınız");
    expect(mail.text).toContain("Giriş yapmak için bu bağlantıyı açın:");
    expect(mail.text).toContain("30 dakika");
    // Neutral, in Turkish too: no campaign, no cause.
    expect(`${mail.subject} ${mail.text}`).not.toMatch(/scholar|kampanya|imza|tr-sign/i);
    const link = Mailbox.signInLink(mail);
    expect(new URL(link).pathname).toBe("/tr/signin/confirm");
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Girişi onaylayın" })).toBeVisible();
    await page.getByRole("main").getByRole("button", { name: "Giriş yap" }).click();

    await expect(page).toHaveURL(new RegExp(`/tr/campaigns/${slug}#sign$`));
    await expect(page.getByLabel("Gösterilecek ad")).toHaveValue("Ayşe Yılmaz");
    await expect(page.getByLabel("Yorum (isteğe bağlı)")).toHaveValue("Ailem için");
    await page.getByRole("button", { name: "İmzala", exact: true }).click();
    await expect(page.getByText(/imzaladınız/).first()).toBeVisible();
    await expect(countOf(page)).toHaveAttribute("data-count", "1");

    await page.goto(`/tr/campaigns/${slug}`);
    await expect(page.getByText("Bu kampanyayı imzaladınız.")).toBeVisible();
    await expect(page.getByText("Gösterilen ad: Ayşe Yılmaz")).toBeVisible();
    await expect(countOf(page)).toHaveText("1 imza");
    const recent = page.getByRole("region", { name: "Adının gösterilmesini seçen son imzacılar" });
    await expect(recent.getByText("Ayşe Yılmaz")).toBeVisible();
    expect(await englishInTurkish(page)).toEqual([]);

    await page.getByRole("button", { name: "İmzamı geri çek" }).click();
    await expect(page.getByText("İmzanız geri çekildi.").or(page.getByRole("button", { name: /^İmzala$/ }))).toBeVisible();
    await page.goto(`/tr/campaigns/${slug}`);
    await expect(countOf(page)).toHaveAttribute("data-count", "0");
    expect(await db.signature.count({ where: { campaign: { slug } } })).toBe(0);
  });
});
