import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpServer, type SmtpCatcher } from "@/test/smtp-server";
import { maskEmail, verificationTokenHash } from "./sign-in-binding";
import { confirmationLink, sendSignInEmail } from "./sign-in-email";

describe("the sign-in link in the email", () => {
  let smtp: SmtpCatcher;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());
  afterEach(() => vi.unstubAllEnvs());

  it("is on AUTH_URL, whatever origin the request that asked for it named (Host, X-Forwarded-Host)", async () => {
    vi.stubEnv("AUTH_URL", "https://campaigns.example.org");
    vi.stubEnv("EMAIL_SERVER", smtp.url);
    // What Auth.js passes on when it built its URL from a forged Host header.
    const forged = "https://evil.example/api/auth/callback/email?callbackUrl=https%3A%2F%2Fevil.example%2Fug%2Fcampaigns%2Fx&token=live-token-123&email=victim%40example.org";
    await sendSignInEmail({ identifier: "victim@example.org", url: forged } as Parameters<typeof sendSignInEmail>[0]);
    const mail = await smtp.waitForMessage((m) => m.text?.includes("live-token-123") ?? false);
    const links = mail.text?.match(/https?:\/\/\S+/g) ?? [];
    expect(links).toEqual(["https://campaigns.example.org/signin/confirm?token=live-token-123"]);
    expect(mail.text).toContain("30 minutes");
    expect(mail.text).not.toContain("evil");
    expect(mail.text).not.toContain("victim");
  });

  it("keeps the language of a path on this site, and nothing of a path elsewhere", () => {
    const origin = "https://campaigns.example.org";
    expect(confirmationLink(`${origin}/api/auth/callback/email?callbackUrl=%2Fug%2Fme&token=t`, origin)).toEqual({ url: `${origin}/ug/signin/confirm?token=t`, locale: "ug" });
    expect(confirmationLink(`${origin}/api/auth/callback/email?callbackUrl=%2Ftr%2Fcampaigns%2Fx&token=t`, origin)).toEqual({ url: `${origin}/tr/signin/confirm?token=t`, locale: "tr" });
    expect(confirmationLink("https://evil.example/x?callbackUrl=https%3A%2F%2Fevil.example%2Fug&token=t", origin).url).toBe(`${origin}/signin/confirm?token=t`);
  });

  it("is written in the language of the page it was asked from (messages/<locale>.json)", async () => {
    vi.stubEnv("AUTH_URL", "https://campaigns.example.org");
    vi.stubEnv("EMAIL_SERVER", smtp.url);
    const url = "https://campaigns.example.org/api/auth/callback/email?callbackUrl=%2Ftr%2Fcampaigns%2Fx&token=turkish-token";
    await sendSignInEmail({ identifier: "ayse@example.org", url } as Parameters<typeof sendSignInEmail>[0]);
    const mail = await smtp.waitForMessage((m) => m.text?.includes("turkish-token") ?? false);
    expect(mail.subject).toBe("Giriş bağlantınız");
    expect(mail.text).toContain("Giriş yapmak için bu bağlantıyı açın:\n\nhttps://campaigns.example.org/tr/signin/confirm?token=turkish-token\n\n");
    expect(mail.text).toContain("30 dakika");
  });

  // @auth/core's createHash (lib/utils/web.js, not exported): Web Crypto SHA-256 of token+secret, hex.
  const createHash = async (message: string) =>
    Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(message))).toString("hex");

  it("is found the way Auth.js finds it, by the same hash of token and secret", async () => {
    vi.stubEnv("AUTH_SECRET", "a-secret-of-at-least-thirty-two-characters");
    expect(verificationTokenHash("abc123")).toBe(await createHash("abc123a-secret-of-at-least-thirty-two-characters"));
  });

  it("is shown on another device as a masked address", () => {
    expect(maskEmail("gulnar@example.org")).toBe("g•••@example.org");
    expect(maskEmail("ä@example.org")).toBe("ä•••@example.org");
    expect(maskEmail("nonsense")).toBe("•••");
  });
});
