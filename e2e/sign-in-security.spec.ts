// The attacks on signing in and sessions that issue 8 found, each reproduced against the
// production build: the emailed link follows a forged Host, a rotating X-Forwarded-For dodges
// the per-client limit, a link works in any browser (login CSRF), Auth.js's session endpoint
// extends a session, staff sessions never go idle.
import { hashSessionToken } from "../lib/auth/session-token";
import { rawRequest } from "../lib/http/raw-request";
import { baseURL } from "../playwright.config";
import { createSession, expect, loginAs, Mailbox, test, uniqueEmail } from "./fixtures";
import { actionNamed, callAction, encodeActionCall } from "./server-actions";

const port = Number(new URL(baseURL).port);
const signInForm = (email: string) => ({ email, locale: "en", callbackUrl: "/" });

test.describe("signing in", () => {
  // Sign-in limits are per client, and every test here is the same client (127.0.0.1).
  test.beforeEach(async ({ db }) => {
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "signin-" } } });
  });

  test("the emailed link is always on AUTH_URL, whatever Host or X-Forwarded-Host a request carries", async ({ request, mailbox }) => {
    const action = actionNamed("requestSignInAction");
    // A request for another host is refused before it can ask for anything.
    const victim = uniqueEmail("host-victim");
    const multipart = new Request("http://x/", { method: "POST", body: await encodeActionCall([{}], signInForm(victim)) });
    const forgedHost = await rawRequest(port, {
      address: "localhost",
      method: "POST",
      path: "/signin",
      headers: { host: "evil.example", origin: "http://evil.example", "next-action": action.id, "content-type": multipart.headers.get("content-type")! },
      body: Buffer.from(await multipart.arrayBuffer()),
    });
    expect(forgedHost.status).toBe(421);
    // Forwarding headers naming another site are set aside: the link is on the configured origin.
    const forwarded = await callAction(request, action, "/signin", [{}], signInForm(victim), undefined, {
      headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https", "X-Forwarded-Port": "443", Forwarded: "host=evil.example;proto=https" },
    });
    expect(forwarded.headers["x-action-redirect"] ?? "").toContain("/signin/check-email");
    const mail = await mailbox.waitForMessage(victim);
    expect(Mailbox.signInLink(mail).startsWith(`${baseURL}/signin/confirm?token=`)).toBe(true);
    expect(mail.text).not.toContain("evil.example");
    expect(await mailbox.messagesTo(victim)).toHaveLength(1);
  });

  test("a client rotating X-Forwarded-For stays inside the per-client limit (app exposed directly)", async ({ request, db }) => {
    const action = actionNamed("requestSignInAction");
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "signin-client:" } } });
    try {
      const answers: string[] = [];
      for (let i = 0; i < 21; i++) {
        const result = await callAction(request, action, "/signin", [{}], signInForm(uniqueEmail(`rotate-${i}`)), undefined, {
          headers: { "X-Forwarded-For": `203.0.113.${i + 1}`, "X-Real-IP": `198.51.100.${i + 1}` },
        });
        answers.push(result.headers["x-action-redirect"] ? "sent" : result.body.includes("rateLimited") ? "limited" : `other ${result.status}`);
      }
      expect(answers.slice(0, 20)).toEqual(Array(20).fill("sent"));
      expect(answers[20]).toBe("limited");
      expect(await db.securityEvent.count({ where: { kind: "ratelimit.tripped", detail: "signin-client" } })).toBeGreaterThan(0);
    } finally {
      await db.rateLimit.deleteMany({ where: { key: { startsWith: "signin-client:" } } });
    }
  });

  test("a link opened in another browser shows the masked address and asks for it in full @no-js", async ({ browser, mailbox, db }) => {
    const email = uniqueEmail("laptop");
    const masked = `${email[0]}•••@e2e.test`;
    const asking = await browser.newContext();
    const askingPage = await asking.newPage();
    await askingPage.goto("/signin");
    await askingPage.getByLabel("Email address").fill(email);
    await askingPage.getByRole("button", { name: "Email me a sign-in link" }).click();
    const link = Mailbox.signInLink(await mailbox.waitForMessage(email));

    // Another browser (the phone; or a victim sent an attacker's own link): no sign-in on a press.
    const other = await browser.newContext();
    const page = await other.newPage();
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Confirm sign-in" })).toBeVisible();
    await expect(page.getByText(`This link was asked for in another browser. To sign in here, type the full address it was sent to (${masked}).`)).toBeVisible();
    await expect(page.getByText(email)).toHaveCount(0);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Confirm sign-in" })).toBeVisible();
    await page.getByLabel("The email address this link was sent to").fill(uniqueEmail("someone-else"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That is not the address this link was sent to.")).toBeVisible();
    expect((await other.cookies()).map((c) => c.name)).not.toContain("authjs.session-token");
    // With the full address, it signs in there.
    await page.getByLabel("The email address this link was sent to").fill(email.toUpperCase());
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.goto("/me");
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    expect(await db.securityEvent.count({ where: { kind: "signin.refused", detail: "wrong-address" } })).toBeGreaterThan(0);
    await asking.close();
    await other.close();
  });

  test("an attacker's link sent to a victim is void after a few wrong addresses", async ({ browser, mailbox, request }) => {
    const attacker = uniqueEmail("attacker");
    await callAction(request, actionNamed("requestSignInAction"), "/signin", [{}], signInForm(attacker));
    const link = Mailbox.signInLink(await mailbox.waitForMessage(attacker));
    const victim = await browser.newContext();
    const page = await victim.newPage();
    for (let i = 0; i < 5; i++) {
      await page.goto(link);
      await page.getByLabel("The email address this link was sent to").fill(`guess-${i}@e2e.test`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("That is not the address this link was sent to.")).toBeVisible();
    }
    await page.goto(link);
    await page.getByLabel("The email address this link was sent to").fill(`guess-5@e2e.test`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Sign-in link not valid" })).toBeVisible();
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Sign-in link not valid" })).toBeVisible();
    expect((await victim.cookies()).map((c) => c.name)).not.toContain("authjs.session-token");
    await victim.close();
  });

  test("a new link voids the earlier unused one for that address, and lasts 30 minutes", async ({ browser, mailbox, request, db }) => {
    const email = uniqueEmail("twice-asked");
    const action = actionNamed("requestSignInAction");
    await callAction(request, action, "/signin", [{}], signInForm(email));
    const first = Mailbox.signInLink(await mailbox.waitForMessage(email));
    await callAction(request, action, "/signin", [{}], signInForm(email));
    const second = Mailbox.signInLink(await mailbox.waitForMessage(email, 1));
    expect(second).not.toBe(first);
    // One live link for the address, good for 30 minutes.
    const links = await db.verificationToken.findMany({ where: { identifier: email } });
    expect(links).toHaveLength(1);
    expect(links[0]!.expires.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(links[0]!.expires.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    const page = await (await browser.newContext()).newPage();
    await page.goto(first);
    await expect(page.getByRole("heading", { name: "Sign-in link not valid" })).toBeVisible();
    await page.goto(second);
    await expect(page.getByRole("heading", { name: "Confirm sign-in" })).toBeVisible();
  });

  test("the sign form says which account signs, in English and Uyghur @no-js", async ({ page, context, db }) => {
    const email = uniqueEmail("signing-as");
    await loginAs(db, context, email);
    await page.goto("/campaigns/special-coordinator-east-turkistan");
    await expect(page.getByTestId("signing-as")).toHaveText(`Signing as ${email[0]}•••@e2e.test`);
    await page.goto("/ug/campaigns/special-coordinator-east-turkistan");
    await expect(page.getByTestId("signing-as")).toHaveText(`ئىمزا قويغۇچى: ${email[0]}•••@e2e.test`);
  });
});

test.describe("sessions", () => {
  test("signing out on every device ends every session of the account at once", async ({ browser, db }) => {
    const email = uniqueEmail("everywhere");
    const laptop = await browser.newContext();
    const phone = await browser.newContext();
    const { user } = await loginAs(db, laptop, email);
    await loginAs(db, phone, email);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
    const page = await laptop.newPage();
    await page.goto("/me");
    await page.getByRole("button", { name: "Sign out on every device" }).click();
    await expect.poll(() => db.session.count({ where: { userId: user.id } })).toBe(0);
    const other = await phone.newPage();
    await other.goto("/me");
    await expect(other.getByText(`Signed in as ${email}`)).toHaveCount(0);
    await laptop.close();
    await phone.close();
  });

  test("Auth.js's session endpoint extends nothing", async ({ request, db }) => {
    const user = await db.user.create({ data: { email: uniqueEmail("extend") } });
    const expires = new Date(Date.now() + 86_400_000);
    const token = await createSession(db, user.id, { expires });
    const before = await db.session.findUniqueOrThrow({ where: { sessionToken: hashSessionToken(token) } });
    for (const path of ["/api/auth/session", "/api/auth/csrf", "/api/auth/providers"]) {
      const response = await request.get(path, { headers: { cookie: `authjs.session-token=${token}` } });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["set-cookie"], path).toBeUndefined();
    }
    const after = await db.session.findUniqueOrThrow({ where: { sessionToken: hashSessionToken(token) } });
    expect(after.expires).toEqual(before.expires);
    expect(after.expires).toEqual(expires);
  });

  test("staff sessions end after 30 minutes without a request, or 12 hours after sign-in", async ({ request, db }) => {
    const editor = await db.user.create({ data: { email: uniqueEmail("idle-editor"), role: "EDITOR" } });
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    const admin = async (token: string) => (await request.get("/admin", { headers: { cookie: `authjs.session-token=${token}` }, maxRedirects: 0 })).status();
    const fresh = await createSession(db, editor.id, { createdAt: minutesAgo(60), lastSeenAt: minutesAgo(5) });
    expect(await admin(fresh)).toBe(200);
    // Using it moved its last request to now (it was 5 minutes old, more than the minute between writes).
    const touched = await db.session.findUniqueOrThrow({ where: { sessionToken: hashSessionToken(fresh) } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(60_000);
    expect(await admin(await createSession(db, editor.id, { createdAt: minutesAgo(60), lastSeenAt: minutesAgo(31) }))).toBe(404);
    expect(await admin(await createSession(db, editor.id, { createdAt: minutesAgo(12 * 60 + 1), lastSeenAt: minutesAgo(0) }))).toBe(404);
    // Supporters: 30 days from sign-in, however far `expires` says.
    const supporter = await db.user.create({ data: { email: uniqueEmail("old-supporter") } });
    const old = await createSession(db, supporter.id, { createdAt: minutesAgo(31 * 24 * 60), expires: new Date(Date.now() + 86_400_000) });
    const me = await request.get("/me", { headers: { cookie: `authjs.session-token=${old}` }, maxRedirects: 0 });
    expect(await me.text()).not.toContain(supporter.email);
  });
});

test.describe("security events", () => {
  test("exports, role changes and staff sign-ins are recorded without an address, and admins see them by the hour", async ({ browser, request, db, mailbox }) => {
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "signin-" } } });
    const count = async (kind: string) => db.securityEvent.count({ where: { kind } });
    const before = { counts: await count("export.counts"), myData: await count("export.my-data"), roles: await count("role.changed"), staff: await count("staff.signin") };
    const adminContext = await browser.newContext();
    const admin = await loginAs(db, adminContext, uniqueEmail("events-admin"), "ADMIN");
    const adminCookie = `authjs.session-token=${admin.sessionToken}`;
    expect((await request.get("/api/admin/export", { headers: { cookie: adminCookie } })).status()).toBe(200);
    const supporterContext = await browser.newContext();
    const supporter = await loginAs(db, supporterContext, uniqueEmail("events-supporter"));
    expect((await request.get("/api/me/export", { headers: { cookie: `authjs.session-token=${supporter.sessionToken}` } })).status()).toBe(200);
    const promoted = uniqueEmail("events-promoted");
    const role = await callAction(request, actionNamed("setUserRoleAction"), "/admin/users", [{}], { email: promoted, role: "EDITOR" }, adminCookie);
    expect(role.status).toBe(200);
    // The promoted editor signs in with a real link (opened elsewhere: the address is typed).
    await callAction(request, actionNamed("requestSignInAction"), "/signin", [{}], signInForm(promoted));
    const page = await (await browser.newContext()).newPage();
    await page.goto(Mailbox.signInLink(await mailbox.waitForMessage(promoted)));
    await page.getByLabel("The email address this link was sent to").fill(promoted);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => count("staff.signin")).toBe(before.staff + 1);
    expect({ counts: await count("export.counts"), myData: await count("export.my-data"), roles: await count("role.changed") }).toEqual({
      counts: before.counts + 1,
      myData: before.myData + 1,
      roles: before.roles + 1,
    });
    const rows = JSON.stringify(await db.securityEvent.findMany());
    for (const address of [admin.user.email, supporter.user.email, promoted]) expect(rows).not.toContain(address);
    const adminPage = await adminContext.newPage();
    await adminPage.goto("/admin/security");
    await expect(adminPage.getByRole("heading", { name: "Security events" })).toBeVisible();
    await expect(adminPage.getByRole("columnheader", { name: "Count exports" })).toBeVisible();
    await adminPage.goto("/ug/admin/security");
    await expect(adminPage.getByRole("heading", { name: "بىخەتەرلىك ۋەقەلىرى" })).toBeVisible();
    for (const context of [adminContext, supporterContext, page.context()]) await context.close();
  });
});
