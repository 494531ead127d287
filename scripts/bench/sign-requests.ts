// The three ways a signature reaches the server, each built the way its real client builds it,
// so that the bench measures the path signers take (issue 13):
//
//   action: the sign form with JavaScript: React posts the form's FormData to the campaign page
//           with a `Next-Action` header, the arguments encoded by React's own encoder (the one
//           Next ships) as multipart/form-data, as `useActionState` sends them;
//   form:   the same form without JavaScript (Tor Browser's safest mode): the browser posts the
//           form's fields as they are in the HTML, hidden `$ACTION_…` fields included, and
//           gets a whole page back;
//   json:   `POST /api/campaigns/{slug}/signature` with a JSON body (scripts, integrations).
//
// Every request of one path carries the same body; only the session cookie differs per signer.
// The Server Action sends the Accept-Encoding a browser sends, as the page reads do: the server
// chooses whether to compress its answer as it does for signers (its answer, a few hundred
// bytes, goes uncompressed). The form post does not: its answer is a whole page, which the bench
// reads to tell a signature from a refusal, and autocannon hands a body over as text, which a
// compressed one does not survive. Its figure leaves out the compression a browser would get.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { appOrigin, BROWSER_ACCEPT_ENCODING, root } from "./config";

export const SIGNING_PATHS = ["action", "form", "json"] as const;
export type SigningPath = (typeof SIGNING_PATHS)[number];

export const SIGNING_PATH_LABELS: Record<SigningPath, string> = {
  action: "Server Action (JavaScript)",
  form: "form post (no JavaScript)",
  json: "JSON endpoint",
};

export type SignRequest = { path: string; headers: Record<string, string>; body: Buffer };

// What the sign form holds when a signer changes nothing: the name hidden, no country or
// comment, "follow" ticked (EMPTY_SIGNATURE in the sign panel).
const UNTOUCHED_FIELDS: [string, string][] = [
  ["displayName", ""],
  ["country", ""],
  ["comment", ""],
  ["follow", "on"],
];

export const campaignPagePath = (slug: string) => `/campaigns/${encodeURIComponent(slug)}`;
export const jsonSignPath = (slug: string) => `/api/campaigns/${encodeURIComponent(slug)}/signature`;

// The action's id, from the build's own manifest (as e2e/server-actions.ts finds it).
export function signActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "signCampaignAction");
  if (!found) throw new Error("signCampaignAction is not in .next/server/server-reference-manifest.json: was the sign form's action renamed?");
  return found[0];
}

const decodeEntities = (text: string) =>
  text.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_, name: string) => ({ quot: '"', amp: "&", lt: "<", gt: ">", "#x27": "'", "#39": "'" })[name] ?? "");

// The hidden fields of the sign form in a served campaign page, in document order: the
// `$ACTION_…` fields React renders for a form without JavaScript, then slug and locale.
export function signFormHiddenFields(html: string): [string, string][] {
  const form = /<form[^>]*>(?:(?!<\/form>)[\s\S])*?name="slug"[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error("the campaign page has no sign form (is the campaign open?)");
  const fields: [string, string][] = [];
  for (const input of form.matchAll(/<input type="hidden"([^>]*)\/?>/g)) {
    const attributes = input[1] ?? "";
    const name = /name="([^"]*)"/.exec(attributes)?.[1];
    if (name === undefined) continue;
    fields.push([decodeEntities(name), decodeEntities(/value="([^"]*)"/.exec(attributes)?.[1] ?? "")]);
  }
  return fields;
}

async function multipart(data: FormData): Promise<{ body: Buffer; contentType: string }> {
  const request = new Request("http://localhost/", { method: "POST", body: data });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get("content-type") ?? "" };
}

// The router state React sends with an action called from the campaign page (English, at
// /campaigns/{slug}): Next reads it to know which segments the browser already has.
function routerStateTree(slug: string): string {
  const page = ["__PAGE__", {}, null, null, 0];
  const slugSegment = [["slug", slug, "d", null], { children: page }, null, null, 0];
  const campaigns = ["campaigns", { children: slugSegment }, null, null, 0];
  const locale = [["locale", "en", "d", null], { children: campaigns }, null, null, 0];
  return encodeURIComponent(JSON.stringify(["", { children: locale }, null, null, 16]));
}

type EncodeReply = (value: unknown[]) => Promise<string | FormData>;

async function actionRequest(slug: string, html: string, actionId: string): Promise<SignRequest> {
  const hidden = signFormHiddenFields(html);
  const bound = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
  if (bound && !bound.includes(actionId)) throw new Error(`the page's sign form calls another action than signCampaignAction (${actionId}): ${bound}`);
  const formData = new FormData();
  for (const [name, value] of [...hidden, ...UNTOUCHED_FIELDS]) formData.append(name, value);
  const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node") as { encodeReply: EncodeReply };
  const encoded = await encodeReply([{ status: "idle" }, formData]);
  // With a FormData among the arguments React always encodes to FormData (root "0" last).
  if (typeof encoded === "string") throw new Error("React encoded the sign form's arguments as text: expected multipart");
  const { body, contentType } = await multipart(encoded);
  return {
    path: campaignPagePath(slug),
    headers: {
      "Content-Type": contentType,
      Accept: "text/x-component",
      "Accept-Encoding": BROWSER_ACCEPT_ENCODING,
      "Next-Action": actionId,
      "Next-Router-State-Tree": routerStateTree(slug),
      Origin: appOrigin,
      Referer: `${appOrigin}${campaignPagePath(slug)}`,
    },
    body,
  };
}

async function formRequest(slug: string, html: string): Promise<SignRequest> {
  const formData = new FormData();
  for (const [name, value] of [...signFormHiddenFields(html), ...UNTOUCHED_FIELDS]) formData.append(name, value);
  const { body, contentType } = await multipart(formData);
  return {
    path: campaignPagePath(slug),
    headers: { "Content-Type": contentType, Accept: "text/html", Origin: appOrigin, Referer: `${appOrigin}${campaignPagePath(slug)}` },
    body,
  };
}

function jsonRequest(slug: string): SignRequest {
  return {
    path: jsonSignPath(slug),
    headers: { "Content-Type": "application/json", Origin: appOrigin },
    body: Buffer.from(JSON.stringify({ showName: false, follow: true })),
  };
}

// Builds the request for one path on one campaign, reading the sign form from the page the
// app serves anonymous readers (the same form a signed-in signer gets).
export async function buildSignRequest(kind: SigningPath, slug: string): Promise<SignRequest> {
  if (kind === "json") return jsonRequest(slug);
  const response = await fetch(`${appOrigin}${campaignPagePath(slug)}`, { signal: AbortSignal.timeout(30_000) });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${campaignPagePath(slug)} answered ${response.status}: cannot read the sign form`);
  return kind === "action" ? actionRequest(slug, html, signActionId()) : formRequest(slug, html);
}

// What the answer said. The JSON endpoint answers `"ok":true` and `"alreadySigned"`; the action
// answers its result (`{"ok":true,"data":{"outcome":"signed",…}}`, lib/actions/action-result.ts)
// in React's wire format. After a form post without
// JavaScript the app answers with the whole page, which draws the signer's panel (its props,
// `"signer":{…}`, are in the page's payload) whether the signature is new or was there before:
// the bench's row count tells those apart.
export type SignOutcome = "signed" | "alreadySigned" | "other";

export function signOutcome(kind: SigningPath, status: number, body: string): SignOutcome {
  if (status !== 200) return "other";
  if (kind === "json") {
    if (body.includes('"alreadySigned":true')) return "alreadySigned";
    return body.includes('"ok":true') ? "signed" : "other";
  }
  const state = /\\?"outcome\\?":\\?"(signed|alreadySigned)\\?"/.exec(body)?.[1];
  if (state === "signed" || state === "alreadySigned") return state;
  return kind === "form" && /\\?"signer\\?":\{/.test(body) ? "signed" : "other";
}
