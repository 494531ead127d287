import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";

import { createSession, expect, test, uniqueEmail, uniqueSlug } from "./fixtures";
import { callAction, listServerActions, pageUrl, reachablePage, type ServerAction } from "./server-actions";
import { createHash, randomBytes } from "node:crypto";
import { ADMIN_ROUTES, type AdminRoute } from "../lib/auth/admin-routes";
import { roleMay } from "../lib/auth/permissions";
import { routing } from "../i18n/routing";

type Result = { status: number; headers: Record<string, string>; body: string };
type Caller = "anonymous" | "supporter" | "editor";

// Every route of the production build, from Next's own manifest.
function routes(): string[] {
  const manifest = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
  return Object.keys(manifest);
}

async function sessionFor(db: PrismaClient, role: "SUPPORTER" | "EDITOR") {
  const user = await db.user.create({ data: { email: uniqueEmail(role.toLowerCase()), role } });
  return `authjs.session-token=${await createSession(db, user.id, { expires: new Date(Date.now() + 3_600_000) })}`;
}

// A translation of a tracker event (and of its reason) in every language of the routing.
const eventTranslations = Object.fromEntries(routing.locales.flatMap((l) => [[`translations.${l}.title`, `Forged ${l}`], [`translations.${l}.body`, ""]]));
const reasonTranslations = Object.fromEntries(routing.locales.map((l) => [`reasonTranslations.${l}`, `Forged ${l}`]));

const notFound = (r: Result) => expect(r.body).toContain("notFound");
const idle = null;

// What each Server Action must do for callers who may not use it. Every action in the build
// must be listed: a new action without an entry fails this test until someone decides.
const ACTIONS: Record<string, { args: unknown[]; form: (ids: Ids) => Record<string, string>; refuse: Partial<Record<Caller, (r: Result) => void>> } | "public"> = {
  requestSignInAction: "public",
  signOutAction: { args: [], form: () => ({ locale: "en" }), refuse: {} },
  // Sends a fresh sign-in link to the caller's own address only; nobody else's can be named.
  requestFreshSignInAction: {
    args: [],
    form: () => ({ locale: "en", email: "victim@e2e.test" }),
    refuse: { anonymous: (r) => expect(r.headers["x-action-redirect"] ?? "").toContain("/signin") },
  },
  signOutEverywhereAction: { args: [], form: () => ({ locale: "en" }), refuse: {} },
  deleteAccountAction: {
    args: [],
    form: () => ({ locale: "en", confirm: "yes" }),
    refuse: { anonymous: (r) => expect(r.headers["x-action-redirect"] ?? "").toContain("/signin") },
  },
  signCampaignAction: {
    args: [idle],
    form: (ids) => ({ slug: ids.slug, locale: "en", showName: "on", displayName: "Anon", follow: "on" }),
    refuse: { anonymous: (r) => expect(r.headers["x-action-redirect"] ?? "").toContain("/signin") },
  },
  withdrawSignatureAction: { args: [idle], form: (ids) => ({ slug: ids.slug, locale: "en" }), refuse: { anonymous: (r) => expect(r.body).toContain("notFound") } },
  setFollowAction: { args: [idle], form: (ids) => ({ slug: ids.slug, locale: "en", follow: "on" }), refuse: { anonymous: (r) => expect(r.body).toContain("signInRequired") } },
  saveCampaignAction: {
    args: [{}],
    form: (ids) => ({
      id: ids.campaignId,
      slug: "hijacked",
      locale: "en",
      "text.en.title": "Hijacked",
      "text.en.summary": "x",
      "text.en.body": "x",
      "text.ug.title": "",
      "text.ug.summary": "",
      "text.ug.body": "",
      goal: "1",
      opensAt: "",
      closesAt: "",
      status: "OPEN",
      sourceUrl: "",
    }),
    refuse: { anonymous: notFound, supporter: notFound },
  },
  recordTrackerEventAction: {
    args: [{}],
    form: (ids) => ({ campaignId: ids.campaignId, occurredOn: "2026-01-01", title: "Forged", body: "", evidenceUrl: "", ...eventTranslations, sourceTitle: "", sourcePublisher: "", sourceDate: "" }),
    refuse: { anonymous: notFound, supporter: notFound },
  },
  correctTrackerEventAction: {
    args: [{}],
    form: (ids) => ({ campaignId: ids.campaignId, eventId: ids.eventId, occurredOn: "2026-01-01", title: "Forged", body: "", evidenceUrl: "", ...eventTranslations, sourceTitle: "", sourcePublisher: "", sourceDate: "", reason: "Forged", ...reasonTranslations }),
    refuse: { anonymous: notFound, supporter: notFound },
  },
  retractTrackerEventAction: {
    args: [{}],
    form: (ids) => ({ campaignId: ids.campaignId, eventId: ids.eventId, reason: "Forged", ...reasonTranslations }),
    refuse: { anonymous: notFound, supporter: notFound },
  },
  verifyEvidenceAction: {
    args: [{}],
    form: (ids) => ({ campaignId: ids.campaignId, eventId: ids.eventId, evidenceId: ids.evidenceId }),
    refuse: { anonymous: notFound, supporter: notFound },
  },
  saveDecisionMakerAction: {
    args: [{}],
    form: (ids) => ({ id: ids.decisionMakerId, locale: "en", "text.en.name": "Hijacked", "text.en.title": "", "text.en.institution": "x", "text.en.jurisdiction": "" }),
    refuse: { anonymous: notFound, supporter: notFound },
  },
  setCampaignTargetsAction: {
    args: [{}],
    form: (ids) => ({ campaignId: ids.campaignId }),
    refuse: { anonymous: notFound, supporter: notFound },
  },
  setCommentHiddenAction: { args: [{}], form: (ids) => ({ signatureId: "x", campaignId: ids.campaignId, hidden: "on" }), refuse: { anonymous: notFound, supporter: notFound } },
  reviewCommentAction: { args: [{}], form: (ids) => ({ signatureId: ids.pendingSignatureId, decision: "approve" }), refuse: { anonymous: notFound, supporter: notFound } },
  setCommentReviewAction: { args: [{}], form: (ids) => ({ campaignId: ids.campaignId, reviewComments: "" }), refuse: { anonymous: notFound, supporter: notFound } },
  postCampaignUpdateAction: {
    args: [{}],
    form: (ids) => ({ campaignId: ids.campaignId, title: "Forged update", body: "Sent by nobody" }),
    refuse: { anonymous: (r) => expect(r.body).toContain("notFound"), supporter: (r) => expect(r.body).toContain("notFound") },
  },
  recordPacketDeliveryAction: {
    args: [{}],
    form: (ids) => ({ campaignId: ids.campaignId, deliveredOn: "2026-01-01", to: "Forged recipient", how: "Forged", targetId: "" }),
    refuse: { anonymous: (r) => expect(r.body).toContain("notFound"), supporter: (r) => expect(r.body).toContain("notFound") },
  },
  saveAboutPageAction: {
    args: [{}],
    form: () => ({ en: "Hijacked about text", ug: "" }),
    refuse: { anonymous: (r) => expect(r.body).toContain("notFound"), supporter: (r) => expect(r.body).toContain("notFound") },
  },
  setUserRoleAction: {
    args: [{}],
    form: () => ({ email: "attacker@e2e.test", role: "ADMIN" }),
    refuse: { anonymous: notFound, supporter: notFound, editor: notFound },
  },
};

type Ids = { slug: string; campaignId: string; pendingSignatureId: string; eventId: string; evidenceId: string; decisionMakerId: string };

// What each route handler in the build allows, and to whom. Like ACTIONS, every route must be
// listed: a new one without an entry fails until someone decides.
const ROUTES: Record<string, string> = {
  "/api/auth/[...nextauth]/route": "Auth.js: sign-in and sign-out",
  "/api/campaigns/route": "public, read-only",
  "/api/campaigns/[slug]/route": "public, read-only",
  "/api/me/export/route": "the signed-in person's own data (account.spec.ts)",
  "/api/unsubscribe/route": "anyone with a signed token (updates.spec.ts)",
  "/api/admin/export/route": "staff (checked below with the admin pages)",
  "/api/evidence/[id]/route": "public for public campaigns' events; a draft's evidence for staff only (checked below)",
  "/feed.xml/route": "public, read-only",
  "/[locale]/feed.xml/route": "public, read-only",
  "/campaigns/[slug]/feed.xml/route": "public, read-only",
  "/[locale]/campaigns/[slug]/feed.xml/route": "public, read-only",
  "/[locale]/embed/campaigns/[slug]/route": "public, read-only: the only page another site may frame",
  "/api/campaigns/[slug]/badge.svg/route": "public, read-only",
  "/api/campaigns/[slug]/share.png/route": "public, read-only",
  "/api/share.png/route": "public, read-only",
  "/api/openapi.json/route": "public, read-only",
  "/api/fonts/[file]/route": "public, read-only",
  "/api/logo/route": "public, read-only",
  "/sitemap.xml/route": "public, read-only",
  "/robots.txt/route": "public, read-only",
  "/icon.svg/route": "public, read-only",
  "/api/admin/campaigns/[id]/packet/route": "staff (checked below with the admin pages; each download audited, reach.spec.ts)",
};


async function state(db: PrismaClient) {
  return {
    audit: await db.auditLog.count(),
    decisionMakers: await db.decisionMaker.findMany({ orderBy: { id: "asc" }, select: { name: true, updatedAt: true } }),
    targets: await db.campaignTarget.count(),
    corrections: await db.eventCorrection.count(),
    translations: [await db.campaignEventTranslation.count(), await db.eventCorrectionTranslation.count()],
    retracted: await db.campaignEvent.count({ where: { retractedAt: { not: null } } }),
    evidence: await db.evidence.findMany({ orderBy: { id: "asc" }, select: { verifiedAt: true, replacedAt: true } }),
    signatures: await db.signature.count(),
    follows: await db.follow.count(),
    events: await db.campaignEvent.count(),
    updates: await db.campaignUpdate.count(),
    outbox: await db.emailOutbox.count(),
    users: await db.user.count(),
    admins: await db.user.count({ where: { role: { not: "SUPPORTER" } } }),
    sitePages: await db.sitePage.findMany({ orderBy: [{ key: "asc" }, { locale: "asc" }] }),
    title: (await db.campaign.findUnique({ where: { slug: "support-icc-complaint" } }))?.title,
    reviewComments: (await db.campaign.findUnique({ where: { slug: "support-icc-complaint" } }))?.reviewComments,
    pendingComments: await db.signature.count({ where: { commentPending: true } }),
    verificationTokens: await db.verificationToken.count(),
  };
}

async function call(request: APIRequestContext, action: ServerAction, cookie: string | undefined, args: unknown[], form: Record<string, string>, ids: Ids) {
  const url = pageUrl(reachablePage(action), { slug: ids.slug, id: ids.campaignId });
  return callAction(request, action, url, args, form, cookie);
}

test.describe("authorization", () => {
  test("every admin page and admin route answers 404 to anyone not allowed", async ({ request, db }) => {
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: "support-icc-complaint" } });
    const sessions = { SUPPORTER: await sessionFor(db, "SUPPORTER"), EDITOR: await sessionFor(db, "EDITOR") };
    const adminRoutes = routes()
      .filter((r) => r.includes("/admin"))
      .map((r) => r.replace(/\/(page|route)$/, "").replace("/[locale]", "") || "/");
    expect(adminRoutes.length).toBeGreaterThanOrEqual(5);
    // One table says what every staff route requires (lib/auth/admin-routes.ts), read by the
    // proxy and the pages too: a staff route of the build missing from it fails here.
    expect(adminRoutes.filter((route) => !(route in ADMIN_ROUTES)), "staff routes missing from ADMIN_ROUTES").toEqual([]);
    for (const route of adminRoutes) {
      const permission = ADMIN_ROUTES[route as AdminRoute];
      const path = route.replace("[id]", campaign.id);
      const callers: [string, string | undefined][] = [
        ["anonymous", undefined],
        ...(Object.entries(sessions) as ["SUPPORTER" | "EDITOR", string][]).filter(([role]) => !roleMay(role, permission)).map(([role, cookie]): [string, string] => [role.toLowerCase(), cookie]),
      ];
      for (const [who, cookie] of callers) {
        for (const prefix of route.startsWith("/api") ? [""] : ["", "/ug"]) {
          const response = await request.get(`${prefix}${path}`, { headers: cookie ? { cookie } : {}, maxRedirects: 0 });
          expect(response.status(), `${who} GET ${prefix}${path} (${permission})`).toBe(404);
          const body = await response.text();
          expect(body, `${who} ${path}`).not.toMatch(/Edit campaign|Audit log|Download counts|Editors and admins|Security events/);
        }
      }
    }
  });

  test("public, read-only route handlers answer anyone the same, with no cookie and nothing of a session", async ({ request, db }) => {
    const handlers = routes().filter((r) => r.endsWith("/route") && ROUTES[r]?.startsWith("public, read-only"));
    expect(handlers.length).toBeGreaterThanOrEqual(12);
    const supporter = await sessionFor(db, "SUPPORTER");
    for (const route of handlers) {
      const path = route
        .replace(/\/route$/, "")
        .replace("/[locale]", "")
        .replace("[slug]", "special-coordinator-east-turkistan")
        .replace("[file]", "naskh-arabic-400.woff2");
      const anonymous = await request.get(path, { maxRedirects: 0 });
      expect(anonymous.status(), path).toBeLessThan(500);
      expect(anonymous.headers()["set-cookie"], path).toBeUndefined();
      // The same bytes for a signed-in caller: nothing depends on who asks.
      const signedIn = await request.get(path, { headers: { cookie: supporter }, maxRedirects: 0 });
      expect(signedIn.headers()["set-cookie"], path).toBeUndefined();
      expect(Buffer.compare(await anonymous.body(), await signedIn.body()), path).toBe(0);
    }
  });

  test("every Server Action refuses callers who may not use it, and changes nothing", async ({ request, db }) => {
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: "support-icc-complaint" } });
    // A named comment waiting for review, on a campaign of this test's own.
    const own = await db.campaign.create({ data: { slug: uniqueSlug("authz-review"), status: "OPEN", title: "Authz review", summary: "S", body: "B", goal: 10 } });
    const writer = await db.user.create({ data: { email: uniqueEmail("authz-writer") } });
    const pending = await db.signature.create({ data: { campaignId: own.id, userId: writer.id, showName: true, displayName: "Writer", comment: "Waits", commentPending: true } });
    await db.signatureCounterShard.create({ data: { campaignId: own.id, country: "", shard: 0, count: 1 } });
    const event = await db.campaignEvent.findFirstOrThrow({ where: { campaignId: campaign.id }, include: { evidence: true } });
    const target = await db.campaignTarget.findFirstOrThrow({ where: { campaignId: campaign.id } });
    const ids: Ids = {
      slug: campaign.slug,
      campaignId: campaign.id,
      pendingSignatureId: pending.id,
      eventId: event.id,
      evidenceId: event.evidence[0]!.id,
      decisionMakerId: target.decisionMakerId,
    };
    const cookies: Record<Caller, string | undefined> = {
      anonymous: undefined,
      supporter: await sessionFor(db, "SUPPORTER"),
      editor: await sessionFor(db, "EDITOR"),
    };
    const before = await state(db);
    const actions = listServerActions();
    expect(actions.length).toBeGreaterThanOrEqual(10);
    for (const action of actions) {
      const rule = ACTIONS[action.name];
      expect(rule, `${action.file} ${action.name} has no authorization rule in e2e/authorization.spec.ts`).toBeDefined();
      if (rule === "public" || rule === undefined) continue;
      for (const [caller, check] of Object.entries(rule.refuse) as [Caller, (r: Result) => void][]) {
        const result = await call(request, action, cookies[caller], rule.args, rule.form(ids), ids);
        expect(result.status, `${action.name} as ${caller} must never answer 500`).toBeLessThan(500);
        check(result);
      }
    }
    expect(await state(db)).toEqual(before);
  });

  test("every route handler has a rule, and a draft's evidence is for staff only", async ({ request, db }) => {
    const handlers = routes().filter((r) => r.endsWith("/route"));
    expect(handlers.length).toBeGreaterThanOrEqual(12);
    for (const route of handlers) expect(ROUTES[route], `${route} has no authorization rule in e2e/authorization.spec.ts`).toBeDefined();

    const draft = await db.campaign.create({
      data: { slug: `authz-draft-${randomBytes(3).toString("hex")}`, status: "DRAFT", title: "Draft with evidence", summary: "s", body: "b", goal: 1 },
    });
    const bytes = Buffer.from("draft evidence");
    const evidence = await db.evidence.create({
      data: {
        event: { create: { campaignId: draft.id, occurredOn: new Date("2026-01-01"), title: "Draft event" } },
        kind: "UPLOADED",
        sha256: createHash("sha256").update(bytes).digest("hex"),
        size: bytes.length,
        contentType: "text/plain",
        archivedAt: new Date(),
        content: { create: { bytes: new Uint8Array(bytes) } },
      },
    });
    for (const cookie of [undefined, await sessionFor(db, "SUPPORTER")]) {
      const response = await request.get(`/api/evidence/${evidence.id}`, { headers: cookie ? { cookie } : {} });
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain("draft evidence");
    }
    const staff = await request.get(`/api/evidence/${evidence.id}`, { headers: { cookie: await sessionFor(db, "EDITOR") } });
    expect(staff.status()).toBe(200);
    expect(await staff.text()).toBe("draft evidence");
    expect(staff.headers()["cache-control"]).toContain("no-store");
    for (const path of [`/campaigns/${draft.slug}/feed.xml`, `/ug/campaigns/${draft.slug}/feed.xml`, "/en/feed.xml", "/xx/feed.xml"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    expect(await (await request.get("/feed.xml")).text()).not.toContain("Draft event");
  });

  test("garbage sent to a Server Action, and addresses with broken encoding, get a clear answer, not a 500", async ({ request, baseURL }) => {
    const [action] = listServerActions();
    const page = "/campaigns/special-coordinator-east-turkistan";
    const headers = { "Next-Action": action!.id, Origin: baseURL! };
    const text = await request.post(page, { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: "not json{" });
    expect(text.status()).toBe(400);
    expect(await text.json()).toMatchObject({ error: "bad_request" });
    const multipart = await request.post(page, { headers, multipart: { "0": '["$K1"', "1_x": "y" } });
    expect(multipart.status()).toBe(400);
    for (const path of ["/campaigns/%E0%A4%A", "/ug/campaigns/%ZZ", "/%ZZ"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text()).toContain("Page not found");
    }
    for (const path of ["/api/campaigns/%E0%A4%A", "/api/campaigns/%ZZ/count"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await response.json()).toMatchObject({ error: "bad_request" });
    }
  });

  test("a Server Action posted from another site is refused without a server error", async ({ request }) => {
    const [action] = listServerActions();
    const response = await request.post("/campaigns/special-coordinator-east-turkistan", {
      headers: { "Next-Action": action!.id, Origin: "https://evil.example" },
      multipart: { "0": "[]" },
    });
    expect(response.status()).toBe(403);
  });
});

