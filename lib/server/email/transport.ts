import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import addressparser from "nodemailer/lib/addressparser";
import { config } from "@/lib/server/config";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};

// Defaults for what EMAIL_SERVER's query string leaves unsaid (`?pool=false` turns pooling off).
// A pool reuses connections: a new SMTP connection costs a handshake and often a deliberate greeting
// delay, which would make an update to thousands of followers crawl. The timeouts are far below
// nodemailer's own (2 min to connect, 10 min of silence), so that one stuck send cannot outlive the
// outbox lease, after which another instance could send the same row.
const SMTP_DEFAULTS = { pool: "true", connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "30000" };

let smtp: { url: string; transporter: Transporter } | undefined;
let fileWriter: Transporter | undefined;

function smtpTransporter(url: string): Transporter {
  if (smtp?.url !== url) {
    smtp?.transporter.close();
    const withTimeouts = new URL(url);
    for (const [key, value] of Object.entries(SMTP_DEFAULTS)) {
      if (!withTimeouts.searchParams.has(key)) withTimeouts.searchParams.set(key, value);
    }
    smtp = { url, transporter: nodemailer.createTransport(withTimeouts.toString()) };
  }
  return smtp.transporter;
}

/** Closes pooled SMTP connections, e.g. before a script exits (open ones keep the process alive). */
export function closeMailTransport(): void {
  smtp?.transporter.close();
  smtp = undefined;
}

// A message with several recipients would show each follower the others' addresses: one
// person per message, always.
function assertSingleRecipient(to: string) {
  const parsed = addressparser(to, { flatten: true });
  if (parsed.length !== 1 || !parsed[0]?.address) {
    throw new Error("An email must have exactly one recipient.");
  }
}

async function writeEml(mail: SendMailOptions): Promise<void> {
  // streamTransport builds the exact RFC 822 message SMTP would carry, headers included.
  fileWriter ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const info: unknown = await fileWriter.sendMail(mail);
  const message = info && typeof info === "object" && "message" in info ? info.message : undefined;
  if (!Buffer.isBuffer(message)) throw new Error("The email could not be rendered.");
  const dir = config().email.outboxDir;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const name = `${new Date().toISOString().replaceAll(":", "-")}-${randomBytes(6).toString("hex")}.eml`;
  // Messages carry sign-in links: readable by this user only.
  await writeFile(path.join(dir, name), message, { mode: 0o600, flag: "wx" });
}

/**
 * Sends one email through EMAIL_SERVER, or writes it to the local outbox folder when no server
 * is configured (development). Headers carry nothing about the recipient's signatures and
 * nothing naming the software.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  assertSingleRecipient(message.to);
  const mail: SendMailOptions = {
    from: config().email.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
    xMailer: false,
    // Content is ours, never a path or URL to fetch while building the message.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  const server = config().email.server;
  if (server) await smtpTransporter(server).sendMail(mail);
  else await writeEml(mail);
}
