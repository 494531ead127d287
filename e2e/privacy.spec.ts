import { expect, test } from "./fixtures";

// The privacy page says what is kept and for how long, from the same configuration the
// retention job applies (the e2e server runs with RETENTION_EMAIL_DAYS=29), in every language.
test.describe("the privacy page @no-js", () => {
  test("is linked from every page's footer and states the configured periods", async ({ page }) => {
    for (const path of ["/", "/campaigns/special-coordinator-east-turkistan", "/signin", "/no-such-page"]) {
      await page.goto(path);
      await expect(page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }), path).toBeVisible();
    }
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
    await expect(page).toHaveURL(/\/privacy$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy: what we keep, for how long, and who sees it");
    const howLong = page.getByRole("region", { name: "How long we keep it" });
    await expect(howLong.getByText("Emails we sent you, or could not deliver: deleted 29 days after sending.")).toBeVisible();
    await expect(howLong.getByText(/^6 months after a campaign closes, its signatures are detached/)).toBeVisible();
    await expect(howLong.getByText(/no sign-in for 12 months is deleted/)).toBeVisible();
    await expect(howLong.getByText("The clean-up runs every 24 hours.")).toBeVisible();
    for (const heading of ["What we keep", "Who can see what", "Your choices", "Nothing from other sites", "Choices we made to protect you"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
  });

  test("reads right-to-left in Uyghur, in Uyghur", async ({ page }) => {
    await page.goto("/ug/privacy");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^شەخسىي مەخپىيەتلىك/);
    await expect(page.getByText("سىزگە ئەۋەتكەن ياكى يەتكۈزەلمىگەن ئېلخەتلەر: ئەۋەتىلگەندىن 29 كۈن كېيىن ئۆچۈرۈلىدۇ.")).toBeVisible();
    const latin = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest("[lang]")?.getAttribute("lang") === "ug" && /[A-Za-z]/.test(node.textContent ?? "")) found.push(node.textContent ?? "");
      }
      return found;
    });
    expect(latin).toEqual([]);
  });

  test("reads left-to-right in Turkish, in Turkish, with the same configured periods", async ({ page }) => {
    await page.goto("/tr/privacy");
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gizlilik: neyi, ne kadar süre tutuyoruz ve kim görüyor");
    const howLong = page.getByRole("region", { name: "Ne kadar süre tutuyoruz" });
    await expect(howLong.getByText("Size gönderdiğimiz ya da teslim edemediğimiz e-postalar: gönderildikten 29 gün sonra silinir.")).toBeVisible();
    await expect(howLong.getByText(/^Bir kampanya kapandıktan 6 ay sonra imzaları hesaplardan ayrılır/)).toBeVisible();
    await expect(howLong.getByText("Temizlik her 24 saatte bir çalışır.")).toBeVisible();
    for (const heading of ["Neyi tutuyoruz", "Kim neyi görebilir", "Seçimleriniz", "Başka sitelerden hiçbir şey yok", "Sizi korumak için yaptığımız seçimler"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Gizlilik" })).toBeVisible();
  });
});
