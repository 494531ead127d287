import { afterEach, describe, expect, it, vi } from "vitest";
import { updateEmail } from "./update-email";

const input = {
  updateId: "u1",
  campaign: { id: "c1", slug: "demand", locale: "en" },
  update: { title: "News", body: "Something happened." },
  recipient: { userId: "user1", email: "follower@example.org" },
  origin: "https://campaigns.example.org",
};

describe("update email", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("says in its body, in both languages, which organisation sent it; never in the subject", () => {
    vi.stubEnv("ORG_NAME", "Example Organisation");
    const mail = updateEmail(input);
    expect(mail.text).toContain("Sent by Example Organisation.");
    expect(mail.text).toContain("ئەۋەتكۈچى: Example Organisation.");
    expect(mail.subject).toBe("An update for you");
    vi.stubEnv("ORG_NAME", "");
    expect(updateEmail(input).text).not.toMatch(/Sent by|ئەۋەتكۈچى/);
  });
});
