import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { signaturesInLastDay } from "./recent-growth";

describe("how fast a campaign grows", () => {
  beforeEach(resetDatabase);

  it("counts the signatures of the last 24 hours only, of that campaign only", async () => {
    const [c, other] = await Promise.all(
      ["growth", "growth-other"].map((slug) => db.campaign.create({ data: { slug, status: "OPEN", title: "T", summary: "S", body: "B", goal: 100 } })),
    );
    await db.user.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ id: `g${i}`, email: `g${i}@example.org` })) });
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    await db.signature.createMany({
      data: [
        { campaignId: c!.id, userId: "g0", createdAt: hoursAgo(1) },
        { campaignId: c!.id, userId: "g1", createdAt: hoursAgo(23) },
        { campaignId: c!.id, userId: "g2", createdAt: hoursAgo(25) },
        { campaignId: c!.id, userId: "g3", createdAt: hoursAgo(24 * 30) },
        { campaignId: other!.id, userId: "g4", createdAt: hoursAgo(1) },
      ],
    });
    expect(await signaturesInLastDay(c!.id)).toBe(2);
    expect(await signaturesInLastDay(other!.id)).toBe(1);
  });
});
