import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { rawHeaders, startSmtpServer, type SmtpCatcher } from "@/test/smtp-server";
import { sendMail } from "./transport";

const unsubscribe = {
  "List-Unsubscribe": "<https://campaigns.example.org/unsubscribe/abc123>",
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
};

describe("sendMail through SMTP", () => {
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());
  afterEach(() => {
    vi.unstubAllEnvs();
    smtp.clear();
  });

  it("delivers subject, text, html and headers, from the neutral default sender", async () => {
    vi.stubEnv("EMAIL_SERVER", smtp.url);
    vi.stubEnv("EMAIL_FROM", undefined);
    await sendMail({
      to: "reader@example.org",
      subject: "An update",
      text: "Plain words",
      html: "<p>Plain words</p>",
      headers: unsubscribe,
    });
    const mail = await smtp.waitForMessage((m) => m.subject === "An update");
    expect(mail.text?.trim()).toBe("Plain words");
    expect(mail.html).toContain("<p>Plain words</p>");
    expect(mail.from?.text).toBe('"Campaign updates" <no-reply@localhost>');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : undefined).toBe("reader@example.org");
    expect(rawHeaders(mail)).toMatchObject({
      "list-unsubscribe": unsubscribe["List-Unsubscribe"],
      "list-unsubscribe-post": unsubscribe["List-Unsubscribe-Post"],
    });
    expect(rawHeaders(mail)).not.toHaveProperty("x-mailer");
  });

  it("uses EMAIL_FROM when set", async () => {
    vi.stubEnv("EMAIL_SERVER", smtp.url);
    vi.stubEnv("EMAIL_FROM", "Updates <updates@campaigns.example.org>");
    await sendMail({ to: "reader@example.org", subject: "Sender", text: "x" });
    const mail = await smtp.waitForMessage((m) => m.subject === "Sender");
    expect(mail.from?.value[0]?.address).toBe("updates@campaigns.example.org");
  });

  it("refuses a message addressed to more than one person", async () => {
    vi.stubEnv("EMAIL_SERVER", smtp.url);
    await expect(sendMail({ to: "a@example.org, b@example.org", subject: "Two", text: "x" })).rejects.toThrow(
      "exactly one recipient",
    );
    await expect(sendMail({ to: "not an address", subject: "None", text: "x" })).rejects.toThrow();
    expect(smtp.messages).toHaveLength(0);
  });
});

describe("sendMail without EMAIL_SERVER", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "outbox-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  afterEach(() => vi.unstubAllEnvs());

  it("writes a private .eml file with real headers to the outbox folder", async () => {
    const outbox = path.join(dir, "nested", "outbox");
    vi.stubEnv("EMAIL_SERVER", undefined);
    vi.stubEnv("EMAIL_FROM", undefined);
    vi.stubEnv("EMAIL_OUTBOX_DIR", outbox);
    await sendMail({ to: "reader@example.org", subject: "Your sign-in link", text: "Open this link", headers: unsubscribe });

    const files = await readdir(outbox);
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-[0-9a-f]+\.eml$/);
    const full = path.join(outbox, file ?? "");
    expect((await stat(full)).mode & 0o777).toBe(0o600);

    const raw = await readFile(full);
    expect(raw.toString("latin1")).toContain("\r\n");
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe("Your sign-in link");
    expect(mail.text?.trim()).toBe("Open this link");
    expect(mail.from?.value[0]?.address).toBe("no-reply@localhost");
    expect(mail.messageId).toBeTruthy();
    expect(rawHeaders(mail)).toMatchObject({
      "list-unsubscribe": unsubscribe["List-Unsubscribe"],
      "list-unsubscribe-post": unsubscribe["List-Unsubscribe-Post"],
    });
    expect(rawHeaders(mail)).not.toHaveProperty("x-mailer");
  });
});
