// The reference nginx (deploy/), as the instances see it: it caches what the app marks
// shareable and nothing for a visitor with a session, keeps compressed and plain copies apart,
// redirects plain HTTP to HTTPS, answers no other host name, and sets X-Forwarded-For itself, so
// a client that makes up its own cannot slip past the per-client sign-in limit.
import { submitForm } from "../form-post";
import type { Check, Cluster } from "../context";

const SIGN_IN_PER_CLIENT = 20;

// Three requests in a row, and what nginx's cache said to each. A shareable answer is kept until
// the end of the second it was made in (the front door's shared-cache expiry), so the three are
// sent just after a second begins, once the address has been asked for (its first render can
// take longer than a second on a busy machine): a second ending between two of them made the
// check fail for no fault of nginx's (a CI run saw MISS, EXPIRED, HIT).
async function cacheStatuses(cluster: Cluster, path: string, headers: Record<string, string> = {}): Promise<string[]> {
  const ask = async () => String((await cluster.client.request(`${cluster.origin}${path}`, { headers })).headers["x-cache-status"] ?? "none");
  await ask();
  await new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000) + 20));
  const statuses: string[] = [];
  for (let i = 0; i < 3; i += 1) statuses.push(await ask());
  return statuses;
}

export const nginxCheck: Check = {
  name: "the deploy/ nginx: micro-cache, bypass, compression, TLS, X-Forwarded-For",
  async run(cluster) {
    const { client, origin, config, db, run } = cluster;
    const lines: string[] = [];
    let ok = true;
    const expectThat = (pass: boolean, text: string) => {
      lines.push(`${pass ? "yes" : "NO "}  ${text}`);
      if (!pass) ok = false;
    };

    const slug = "support-icc-complaint";
    const page = await cacheStatuses(cluster, `/campaigns/${slug}`);
    expectThat(page.slice(1).every((s) => s === "HIT"), `an anonymous campaign page is served from nginx's cache after the first request (${page.join(", ")})`);
    const count = await cacheStatuses(cluster, `/api/campaigns/${slug}/count`);
    expectThat(count.slice(1).every((s) => s === "HIT"), `the count is too (${count.join(", ")})`);
    const [[, token]] = (await (await import("../data")).createSupporters(db, `${run}x`, 1)) as [[string, string]];
    const personal = await cacheStatuses(cluster, `/campaigns/${slug}`, { Cookie: `${cluster.cookieName}=${token}` });
    expectThat(personal.every((s) => s === "BYPASS"), `a visitor with a session never gets a cached page (${personal.join(", ")})`);
    const rsc = await cacheStatuses(cluster, `/campaigns/${slug}`, { RSC: "1" });
    expectThat(rsc.every((s) => s === "BYPASS"), `nor does Next's client-side navigation (${rsc.join(", ")})`);
    const signin = await cacheStatuses(cluster, "/signin");
    expectThat(signin.every((s) => s !== "HIT"), `a page the app does not mark shareable is not kept (/signin: ${signin.join(", ")})`);

    const gzip = await client.request(`${origin}/campaigns/${slug}`, { headers: { "Accept-Encoding": "gzip" } });
    const plain = await client.request(`${origin}/campaigns/${slug}`);
    expectThat(gzip.headers["content-encoding"] === "gzip" && plain.headers["content-encoding"] === undefined && plain.body.includes("<html"), "compressed for clients that ask, plain for the others, from separate copies");
    expectThat(gzip.headers["x-accel-expires"] === undefined, "nginx's own X-Accel-Expires never reaches a client");

    const redirect = await client.request(`http://localhost:${config.httpPort}/campaigns/${slug}?x=1`);
    expectThat(redirect.status === 301 && redirect.headers.location === `${origin}/campaigns/${slug}?x=1`, `plain HTTP is redirected to HTTPS (${redirect.status} → ${redirect.headers.location})`);
    const otherHost = await client.request(`http://127.0.0.1:${config.httpPort}/`).then(
      (a) => `answered ${a.status}`,
      () => "closed without an answer",
    );
    expectThat(otherHost === "closed without an answer", `a request for another host name is ${otherHost}`);

    const big = "x".repeat(2 * 1024 * 1024);
    const tooBig = await client.request(`${origin}/api/campaigns/${slug}/signature`, { method: "POST", headers: { Origin: origin }, body: big });
    const staffUpload = await client.request(`${origin}/admin/campaigns`, { method: "POST", headers: { Origin: origin }, body: big });
    expectThat(tooBig.status === 413 && staffUpload.status !== 413, `a 2 MB body is refused by nginx (${tooBig.status}), except on staff pages, where evidence files go up (${staffUpload.status} from the app)`);

    // Sign-in links for new addresses, each with a made-up X-Forwarded-For: nginx replaces it,
    // so all count against this one client, on whichever instance they land.
    const outcomes: string[] = [];
    for (let i = 0; i <= SIGN_IN_PER_CLIENT; i += 1) {
      const answer = await submitForm(client, {
        url: `${origin}/signin`,
        headers: { Origin: origin, "X-Forwarded-For": `203.0.113.${i + 1}`, "X-Real-IP": `198.51.100.${i + 1}` },
        containing: "email",
        fields: { email: `${run}-signin-${i}@cluster.test` },
      });
      outcomes.push(answer.status === 303 ? "sent" : answer.body.includes("Too many sign-in links") ? "refused" : `HTTP ${answer.status}`);
    }
    const sent = outcomes.filter((o) => o === "sent").length;
    expectThat(
      sent === SIGN_IN_PER_CLIENT && outcomes.at(-1) === "refused",
      `${outcomes.length} sign-in requests, each with a different made-up X-Forwarded-For: ${sent} sent, then ${outcomes.slice(sent).join(", ")} (limit ${SIGN_IN_PER_CLIENT} per client)`,
    );
    return { name: this.name, ok, lines };
  },
};
