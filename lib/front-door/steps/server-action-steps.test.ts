import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSettings } from "@/lib/config/settings";
import { createFrontDoor } from "../index";
import { headersWithBody } from "./headers-with-body";
import { addressShape } from "./address-shape";
import { serverActionShape } from "./server-action-shape";
import { serverActionLocale } from "./server-action-locale";

// The steps that stand in for proxy.ts on Server Action calls (which skip it), in front of a
// stand-in for Next that records the address and body it was given. server-action-shape.test.ts
// has the shape checks one by one.
const ORIGIN = "http://localhost:3999";

describe("Server Action calls at the front door", () => {
  let server: Server;
  let base: string;
  const reached: { url: string; body: string; headersSentAfterFlush: boolean }[] = [];
  beforeAll(async () => {
    const parsed = parseSettings({ AUTH_URL: ORIGIN });
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    server = createServer(
      createFrontDoor({
        settings: parsed.settings,
        steps: [headersWithBody(), addressShape(), serverActionShape({}), serverActionLocale()],
        next: async (req, res) => {
          const chunks: Buffer[] = [];
          for await (const chunk of req) chunks.push(chunk as Buffer);
          res.setHeader("content-type", "text/plain");
          res.flushHeaders();
          reached.push({ url: req.url ?? "", body: Buffer.concat(chunks).toString("utf8"), headersSentAfterFlush: res.headersSent });
          res.end("from next");
        },
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const call = (path: string, { origin = ORIGIN, body, type }: { origin?: string; body: BodyInit; type?: string }) =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { "Next-Action": "7f" + "0".repeat(40), Origin: origin, ...(type ? { "Content-Type": type } : {}) },
      body,
    });

  it("hands a well-formed call to Next with its body intact, at the default language's page", async () => {
    // As a browser sends it: upper-case letters in the boundary, which must be read as they are.
    const boundary = "----WebKitFormBoundaryIjzaBq9uW0A08jjB";
    const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const form = `${part("_1_slug", "demand")}${part("0", '[{"status":"idle"},"$K1"]')}--${boundary}--\r\n`;
    const response = await call("/campaigns/demand?x=1", { body: form, type: `multipart/form-data; boundary=${boundary}` });
    expect(response.status).toBe(200);
    const last = reached.at(-1)!;
    expect(last.url).toBe("/en/campaigns/demand?x=1");
    expect(last.body).toContain('[{"status":"idle"},"$K1"]');
    expect(last.body).toContain("demand");
  });

  it("leaves an address that already names a language as it is", async () => {
    await call("/ug/campaigns/demand", { body: "[]", type: "text/plain;charset=UTF-8" });
    expect(reached.at(-1)!.url).toBe("/ug/campaigns/demand");
    await call("/", { body: "[]", type: "text/plain;charset=UTF-8" });
    expect(reached.at(-1)!.url).toBe("/en");
    // An /api address is no page: it is not moved under a language (the fuzz suite found a 500).
    await call("/api/campaigns/demand/signature", { body: "{}", type: "application/json" });
    expect(reached.at(-1)!.url).toBe("/api/campaigns/demand/signature");
  });

  it("refuses a call from another site with 403 and arguments that are not JSON with 400, before Next", async () => {
    const before = reached.length;
    expect((await call("/campaigns/demand", { origin: "https://evil.example", body: "[]", type: "text/plain" })).status).toBe(403);
    const text = await call("/campaigns/demand", { body: "not json{", type: "text/plain;charset=UTF-8" });
    expect(text.status).toBe(400);
    expect(await text.json()).toMatchObject({ error: "bad_request" });
    const form = new FormData();
    form.append("0", '["$K1"');
    expect((await call("/campaigns/demand", { body: form })).status).toBe(400);
    expect((await call("/api/campaigns/%E0%A4%A", { body: "[]", type: "text/plain" })).status).toBe(400);
    expect(reached.length).toBe(before);
  });

  it("lets Next's early flush of the headers wait for the first chunk of the body", async () => {
    await call("/en/campaigns/demand", { body: "[]", type: "text/plain" });
    expect(reached.at(-1)!.headersSentAfterFlush).toBe(false);
  });
});
