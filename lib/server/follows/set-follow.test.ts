import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { setFollow } from "./set-follow";

describe("following", () => {
  beforeEach(resetDatabase);

  it("emails changes of position only to those who chose it, and the choice can be changed", async () => {
    const campaign = await db.campaign.create({ data: { slug: "followed", status: "OPEN", title: "T", summary: "s", body: "b", goal: 1 } });
    const user = await db.user.create({ data: { email: "reader@example.org" } });
    const follow = () => db.follow.findUniqueOrThrow({ where: { userId_campaignId: { userId: user.id, campaignId: campaign.id } } });
    expect(await setFollow({ slug: "followed", userId: user.id, follow: true, positionEmails: false })).toEqual({ ok: true });
    expect((await follow()).positionEmails).toBe(false);
    await setFollow({ slug: "followed", userId: user.id, follow: true, positionEmails: true });
    expect((await follow()).positionEmails).toBe(true);
    // After a one-click unsubscribe, following again turns emails back on, with the choice made then.
    await db.follow.update({ where: { userId_campaignId: { userId: user.id, campaignId: campaign.id } }, data: { unsubscribedAt: new Date() } });
    await setFollow({ slug: "followed", userId: user.id, follow: true, positionEmails: false });
    expect(await follow()).toMatchObject({ unsubscribedAt: null, positionEmails: false });
    await setFollow({ slug: "followed", userId: user.id, follow: false, positionEmails: false });
    expect(await db.follow.count()).toBe(0);
  });
});
