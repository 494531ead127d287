import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { RATE_LIMITS } from "@/lib/server/security/rate-limit";
import { signatureInput } from "@/lib/validation/signature";
import { signAsSupporter } from "./sign-as-supporter";
import { withdrawAsSupporter } from "./withdraw-as-supporter";

// The operations behind both the sign form's Server Action and the JSON signing route.
const input = signatureInput.parse({ showName: false, follow: false });

describe("signing and withdrawing as a supporter", () => {
  beforeEach(resetDatabase);

  it("signs, tells a second try it already signed, withdraws with the count after it", async () => {
    await db.campaign.create({ data: { slug: "demand", status: "OPEN", title: "T", summary: "S", body: "B", goal: 10 } });
    const user = await db.user.create({ data: { email: "s@example.org" } });
    expect(await signAsSupporter({ slug: "demand", userId: user.id, input })).toMatchObject({ ok: true, alreadySigned: false, signatureCount: 1 });
    expect(await signAsSupporter({ slug: "demand", userId: user.id, input })).toMatchObject({ ok: true, alreadySigned: true, signatureCount: 1 });
    expect(await withdrawAsSupporter({ slug: "demand", userId: user.id })).toEqual({ ok: true, withdrawn: true, signatureCount: 0 });
    expect(await withdrawAsSupporter({ slug: "demand", userId: user.id })).toEqual({ ok: true, withdrawn: false, signatureCount: 0 });
    expect(await signAsSupporter({ slug: "missing", userId: user.id, input })).toEqual({ ok: false, reason: "not_found" });
  });

  it("stops a supporter past the signing limit, before anything is written", async () => {
    await db.campaign.create({ data: { slug: "demand", status: "OPEN", title: "T", summary: "S", body: "B", goal: 10 } });
    const user = await db.user.create({ data: { email: "busy@example.org" } });
    for (let i = 0; i < RATE_LIMITS.signingPerUser.points; i++) await withdrawAsSupporter({ slug: "demand", userId: user.id });
    const refused = await signAsSupporter({ slug: "demand", userId: user.id, input });
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await withdrawAsSupporter({ slug: "demand", userId: user.id })).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await db.signature.count()).toBe(0);
  });
});
