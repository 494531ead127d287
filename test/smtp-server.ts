// A real SMTP server on loopback that keeps what it receives, for tests and the e2e catcher.
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpCatcher = {
  port: number;
  url: string;
  /** Oldest first. */
  messages: ParsedMail[];
  waitForMessage: (predicate: (message: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>;
  clear: () => void;
  stop: () => Promise<void>;
};

type Waiter = { predicate: (message: ParsedMail) => boolean; resolve: (message: ParsedMail) => void };

// Everyone a message went to: the envelope's RCPT TO (Bcc included) and the To/Cc headers.
const envelopes = new WeakMap<ParsedMail, string[]>();

function headerAddresses(field: AddressObject | AddressObject[] | undefined): (string | undefined)[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((o) => o.value.flatMap((a) => [a.address, ...(a.group ?? []).map((g) => g.address)]));
}

export function recipientsOf(message: ParsedMail): string[] {
  const all = [...(envelopes.get(message) ?? []), ...headerAddresses(message.to), ...headerAddresses(message.cc)];
  return [...new Set(all.filter((a): a is string => Boolean(a)).map((a) => a.toLowerCase()))];
}

// Header values as sent, by lower-case name, unfolded; a repeated header's values joined by
// newlines. (mailparser's own `headers` map regroups some, e.g. List-* under "list".)
export function rawHeaders(message: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of message.headerLines) {
    const value = line.slice(line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim();
    headers[key] = key in headers ? `${headers[key]}\n${value}` : value;
  }
  return headers;
}

export async function startSmtpServer({ port = 0 }: { port?: number } = {}): Promise<SmtpCatcher> {
  const messages: ParsedMail[] = [];
  const waiters = new Set<Waiter>();

  const server = new SMTPServer({
    // Advertising either makes nodemailer and Auth.js insist on credentials we do not have.
    disabledCommands: ["AUTH", "STARTTLS"],
    authOptional: true,
    logger: false,
    // A reverse DNS lookup per connection stalls where DNS is slow or absent; loopback needs none.
    disableReverseLookup: true,
    // Pooled clients keep idle connections open; stop() need not wait for them.
    closeTimeout: 200,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (message) => {
          envelopes.set(message, session.envelope.rcptTo.map((r) => r.address));
          messages.push(message);
          for (const waiter of waiters) {
            if (waiter.predicate(message)) {
              waiters.delete(waiter);
              waiter.resolve(message);
            }
          }
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  // An error after listening (a client resetting its connection) must not crash the test run.
  server.on("error", () => {});
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("The SMTP server is not listening on TCP.");
  const actualPort = address.port;

  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    messages,
    waitForMessage(predicate, timeoutMs = 10_000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise<ParsedMail>((resolve, reject) => {
        const waiter: Waiter = {
          predicate,
          resolve: (message) => {
            clearTimeout(timer);
            resolve(message);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No matching email within ${timeoutMs} ms (${messages.length} received).`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    clear() {
      messages.length = 0;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
