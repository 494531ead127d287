// Behind a reverse proxy (TRUSTED_PROXY_HOPS=1), the client address is the one the proxy wrote,
// however a client rotates the X-Forwarded-For it sends: a second app, started with that
// setting on the e2e database, behind a proxy here that appends the address it received the
// request from, as nginx's $proxy_add_x_forwarded_for does.
import { createServer, request as forward, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { e2eDatabaseUrl } from "./db";
import { expect, test, uniqueEmail } from "./fixtures";
import { freePort, startApp, stopApp, waitUntilServing, type App } from "./processes";
import { actionNamed, callAction } from "./server-actions";

// `clientOf` names the address the proxy saw: the real one, or (standing in for other people
// behind the same proxy) one a test gives it out of band.
function reverseProxy(appPort: number, clientOf: (header: string | undefined) => string): Promise<Server> {
  const server = createServer((req, res) => {
    const seen = clientOf(req.headers["x-test-proxy-client"] as string | undefined);
    const chain = [req.headers["x-forwarded-for"], seen].filter(Boolean).join(", ");
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, "x-forwarded-for": chain };
    delete headers["x-test-proxy-client"];
    const upstream = forward({ host: "localhost", port: appPort, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, "localhost", () => resolve(server)));
}

test("behind one trusted proxy, a client rotating X-Forwarded-For stays inside the per-client limit", async ({ playwright, db }, testInfo) => {
  test.setTimeout(150_000);
  const appPort = await freePort();
  let app: App | undefined;
  let proxy: Server | undefined;
  try {
    proxy = await reverseProxy(appPort, (stand) => stand ?? "192.0.2.10");
    const publicOrigin = `http://localhost:${(proxy.address() as AddressInfo).port}`;
    app = startApp(appPort, {
      DATABASE_URL: e2eDatabaseUrl(),
      AUTH_URL: publicOrigin,
      AUTH_SECRET: "e2e-secret-for-tests-only-0123456789abcdef",
      EMAIL_OUTBOX_DIR: testInfo.outputPath("outbox"),
      TRUSTED_PROXY_HOPS: "1",
      BACKGROUND_JOBS: "off",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    await waitUntilServing(publicOrigin);
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "signin-" } } });
    const request = await playwright.request.newContext({ baseURL: publicOrigin });
    const action = actionNamed("requestSignInAction");
    const ask = async (i: number, headers: Record<string, string>) => {
      const result = await callAction(request, action, "/signin", [{}], { email: uniqueEmail(`hop-${i}`), locale: "en", callbackUrl: "/" }, undefined, { origin: publicOrigin, headers });
      return result.headers["x-action-redirect"] ? "sent" : result.body.includes("rateLimited") ? "limited" : `other ${result.status}`;
    };
    const answers: string[] = [];
    for (let i = 0; i < 21; i++) answers.push(await ask(i, { "X-Forwarded-For": `203.0.113.${i + 1}, 10.0.0.${i + 1}` }));
    expect(answers.slice(0, 20)).toEqual(Array(20).fill("sent"));
    expect(answers[20]).toBe("limited");
    // Someone else behind the same proxy (another address the proxy wrote) is counted apart.
    expect(await ask(21, { "x-test-proxy-client": "192.0.2.77", "X-Forwarded-For": "203.0.113.1" })).toBe("sent");
    await request.dispose();
  } finally {
    if (app) {
      await stopApp(app);
      await testInfo.attach("app.log", { body: app.log(), contentType: "text/plain" });
    }
    proxy?.closeAllConnections();
    await new Promise((resolve) => proxy?.close(resolve) ?? resolve(null));
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "signin-" } } });
  }
});
