import { afterEach, describe, expect, it, vi } from "vitest";
import { createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const target = { userId: "user_1", campaignId: "campaign_1" };

describe("unsubscribe tokens", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("round-trips the user and campaign it was made for", () => {
    const token = createUnsubscribeToken(target);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyUnsubscribeToken(token)).toEqual(target);
  });

  it("is bound to its user and campaign: swapping either part fails", () => {
    const mine = createUnsubscribeToken(target);
    const otherUser = createUnsubscribeToken({ ...target, userId: "user_2" });
    const otherCampaign = createUnsubscribeToken({ ...target, campaignId: "campaign_2" });
    const [payload, mac] = mine.split(".");
    // Someone else's ids with my signature, and my ids with someone else's signature.
    expect(verifyUnsubscribeToken(`${otherUser.split(".")[0]}.${mac}`)).toBeNull();
    expect(verifyUnsubscribeToken(`${otherCampaign.split(".")[0]}.${mac}`)).toBeNull();
    expect(verifyUnsubscribeToken(`${payload}.${otherUser.split(".")[1]}`)).toBeNull();
    expect(verifyUnsubscribeToken(otherUser)).toEqual({ ...target, userId: "user_2" });
  });

  it("refuses tampered, truncated, forged and malformed tokens", () => {
    const token = createUnsubscribeToken(target);
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    const forgedPayload = Buffer.from(JSON.stringify(["user_1", "campaign_2"])).toString("base64url");
    for (const bad of [flipped, token.slice(0, -2), `${token}.x`, `${forgedPayload}.${token.split(".")[1]}`, "", ".", "abc", null, 42, "x".repeat(600)]) {
      expect(verifyUnsubscribeToken(bad), String(bad)).toBeNull();
    }
  });

  it("refuses a token signed with another secret", () => {
    vi.stubEnv("AUTH_SECRET", "another-secret");
    const foreign = createUnsubscribeToken(target);
    vi.unstubAllEnvs();
    expect(verifyUnsubscribeToken(foreign)).toBeNull();
    expect(verifyUnsubscribeToken(createUnsubscribeToken(target))).toEqual(target);
  });
});
