import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { hashSessionToken, newSessionToken } from "@/lib/auth/session-token";
import { encodePendingSignature } from "@/lib/server/signatures/pending-signature";
import { db, resetDatabase } from "@/test/db";
import { campaignPages } from "./campaign-pages";

const page = (path: string, cookie?: string) => new NextRequest(`http://localhost:3000${path}`, { headers: cookie ? { cookie } : {} });
const rewrittenTo = (response: Response | undefined) => response?.headers.get("x-middleware-rewrite") ?? null;

describe("campaign pages in the proxy", () => {
  // A slug of each test's own: campaign versions are remembered for a moment per address.
  let version: string;
  let slug: string;
  beforeEach(async () => {
    await resetDatabase();
    slug = `open-${Math.random().toString(36).slice(2, 8)}`;
    const campaign = await db.campaign.create({ data: { slug, status: "OPEN", title: "T", summary: "S", body: "B", goal: 10 } });
    version = String(campaign.updatedAt.getTime());
  });

  it("sends anonymous readers, and anyone with a made-up cookie, to the cached page", async () => {
    const cached = `http://localhost:3000/en/campaigns/${slug}/anonymous/${version}`;
    expect(rewrittenTo(await campaignPages.run(page(`/campaigns/${slug}`)))).toBe(cached);
    expect(rewrittenTo(await campaignPages.run(page(`/ug/campaigns/${slug}`)))).toBe(cached.replace("/en/", "/ug/"));
    for (const cookie of [
      `authjs.session-token=${newSessionToken()}`,
      "authjs.session-token=anything-at-all",
      "pending-signature=anything",
      `pending-signature=${encodePendingSignature("other-campaign", { showName: false, follow: false })}`,
      `__Secure-authjs.session-token=${newSessionToken()}`,
    ]) {
      expect(rewrittenTo(await campaignPages.run(page(`/campaigns/${slug}`, cookie))), cookie).toBe(cached);
    }
  });

  it("renders the page for a visitor with a valid session, or a signed form waiting for them", async () => {
    const user = await db.user.create({ data: { email: "reader@example.org" } });
    const token = newSessionToken();
    await db.session.create({ data: { sessionToken: hashSessionToken(token), userId: user.id, expires: new Date(Date.now() + 60_000) } });
    expect(await campaignPages.run(page(`/campaigns/${slug}`, `authjs.session-token=${token}`))).toBeUndefined();
    const pending = encodePendingSignature(slug, { showName: false, follow: false });
    expect(await campaignPages.run(page(`/campaigns/${slug}`, `pending-signature=${pending}`))).toBeUndefined();
  });

  it("answers unknown and draft campaigns with the 404 page", async () => {
    await db.campaign.create({ data: { slug: "a-draft", status: "DRAFT", title: "T", summary: "S", body: "B", goal: 10 } });
    for (const path of ["/campaigns/a-draft", "/campaigns/nothing-here"]) expect(rewrittenTo(await campaignPages.run(page(path)))).toBe("http://localhost:3000/_/not-found");
  });
});
