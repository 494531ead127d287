import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

type Listed = { to: string[]; subject: string; text: string; html: string | null; headers: Record<string, string>; date: string };

describe("scripts/smtp-catcher.ts", () => {
  let child: ChildProcess;
  let smtpUrl: string;
  let messagesUrl: string;

  beforeAll(async () => {
    // Port 0 for both: the catcher prints the ports it got.
    child = spawn(process.execPath, ["--import", "tsx", "scripts/smtp-catcher.ts"], {
      cwd: root,
      env: { ...process.env, SMTP_PORT: "0", SMTP_HTTP_PORT: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    if (!child.stdout) throw new Error("no stdout");
    let output = "";
    for await (const chunk of child.stdout) {
      output += String(chunk);
      const match = /(smtp:\/\/\S+), messages at (http:\/\/\S+)/.exec(output);
      if (match?.[1] && match[2]) {
        [smtpUrl, messagesUrl] = [match[1], match[2]];
        break;
      }
    }
    expect(messagesUrl).toBeDefined();
  });

  afterAll(async () => {
    if (child.exitCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
  });

  it("lists received messages by recipient, newest last, and forgets them on DELETE", async () => {
    const transport = nodemailer.createTransport(smtpUrl);
    const send = (to: string, subject: string) =>
      transport.sendMail({ from: "no-reply@localhost", to, subject, text: `Sign in: http://localhost/x/${subject}`, headers: { "X-Kind": "test" } });
    await send("A.Reader@example.org", "first");
    await send("other@example.org", "other");
    await send("a.reader@example.org", "second");

    const listed: Listed[] = await (await fetch(`${messagesUrl}?to=a.reader@example.org`)).json();
    expect(listed.map((m) => m.subject)).toEqual(["first", "second"]);
    expect(listed[0]).toMatchObject({ to: ["a.reader@example.org"], html: null, headers: { "x-kind": "test", subject: "first" } });
    expect(listed[0]?.text).toContain("http://localhost/x/first");
    expect(Date.parse(listed[0]?.date ?? "")).not.toBeNaN();
    expect(await (await fetch(messagesUrl)).json()).toHaveLength(3);

    expect((await fetch(messagesUrl, { method: "DELETE" })).status).toBe(204);
    expect(await (await fetch(messagesUrl)).json()).toEqual([]);
  });
});
