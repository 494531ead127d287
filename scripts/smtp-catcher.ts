// An SMTP server for end-to-end tests that shows what it received over HTTP, so a Playwright spec
// can read the magic link a sign-in sent. Loopback only.
//
//   tsx scripts/smtp-catcher.ts        SMTP on $SMTP_PORT (2525), HTTP on $SMTP_HTTP_PORT (2526)
//
//   GET    /messages?to=<address>      [{ to, subject, text, html, headers, date }], oldest first
//   DELETE /messages                   forget every message
import { createServer, type ServerResponse } from "node:http";
import type { ParsedMail } from "mailparser";
import { rawHeaders, recipientsOf, startSmtpServer } from "../test/smtp-server";

const HOST = "127.0.0.1";
const smtpPort = Number(process.env.SMTP_PORT ?? 2525);
const httpPort = Number(process.env.SMTP_HTTP_PORT ?? 2526);

function toJson(message: ParsedMail) {
  return {
    to: recipientsOf(message),
    subject: message.subject ?? "",
    text: message.text ?? "",
    html: message.html || null,
    headers: rawHeaders(message),
    date: (message.date ?? new Date()).toISOString(),
  };
}

function reply(res: ServerResponse, status: number, body?: unknown) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

const smtp = await startSmtpServer({ port: smtpPort });

const http = createServer((req, res) => {
  const url = new URL(req.url ?? "/", `http://${HOST}`);
  if (url.pathname !== "/messages") return reply(res, 404, { error: "not found" });
  if (req.method === "GET") {
    const to = url.searchParams.get("to")?.trim().toLowerCase();
    const matching = to ? smtp.messages.filter((m) => recipientsOf(m).includes(to)) : smtp.messages;
    return reply(res, 200, matching.map(toJson));
  }
  if (req.method === "DELETE") {
    smtp.clear();
    return reply(res, 204);
  }
  reply(res, 405, { error: "method not allowed" });
});

await new Promise<void>((resolve, reject) => {
  http.once("error", reject);
  http.listen(httpPort, HOST, resolve);
});
const address = http.address();
const actualHttpPort = address && typeof address === "object" ? address.port : httpPort;
// Port 0 picks free ports; this line says which (the catcher's test reads it).
console.log(`SMTP catcher: ${smtp.url}, messages at http://${HOST}:${actualHttpPort}/messages`);

async function shutdown() {
  http.close();
  http.closeAllConnections();
  await smtp.stop();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown());
process.once("SIGTERM", () => void shutdown());
