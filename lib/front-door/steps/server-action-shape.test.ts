import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { serverActionShape } from "./server-action-shape";

const ACTION = "602b89eb871b54817b3cd60add7aebe7d4b8d5eb37";
const OTHER = "7f00000000000000000000000000000000000000ab";
const actions = { has: (id: string) => id === ACTION, size: 1 };
const ORIGIN = "http://localhost:3000";

// React's own encoder, the one the browser runs: what a real call to an action looks like.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (value: unknown[]) => Promise<string | FormData>;
};

// As a browser sends it: its boundary has capitals, and must be read as written.
async function multipart(form: FormData): Promise<{ body: Buffer; type: string }> {
  const request = new Request("http://x/", { method: "POST", body: form });
  const type = request.headers.get("content-type")!;
  const boundary = type.split("boundary=")[1]!;
  const browserLike = `----WebKitFormBoundaryQx7${boundary.slice(-8)}`;
  const body = Buffer.from(await request.arrayBuffer()).toString("latin1").replaceAll(boundary, browserLike);
  return { body: Buffer.from(body, "latin1"), type: `multipart/form-data; boundary=${browserLike}` };
}

async function fetchCall(args: unknown[]) {
  const encoded = await encodeReply(args);
  if (typeof encoded === "string") return { body: Buffer.from(encoded), type: "text/plain;charset=UTF-8" };
  return multipart(encoded);
}

function formPost(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return multipart(form);
}

describe("server action shape", () => {
  it("hands the calls the app's own forms make on to Next, body and all", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [serverActionShape({ actions })]), async (running) => {
      const fields = new FormData();
      fields.append("slug", "x");
      fields.append("comment", "$100 for my family");
      const calls = [
        await fetchCall([{ status: "invalid", values: { displayName: undefined, comment: "$5" }, saved: 1 }, fields]),
        await fetchCall([{ ok: true }]),
      ];
      for (const { body, type } of calls) {
        const response = await rawRequest(running.port, { method: "POST", path: "/campaigns/x", headers: { "next-action": ACTION, "content-type": type, origin: ORIGIN }, body });
        expect(response.status).toBe(200);
      }
      // Without JavaScript: the hidden fields React renders into a form bound with useActionState.
      const plain = await formPost({ $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id: ACTION, bound: "$@1" }), "$ACTION_1:1": '[{"status":"idle"}]', $ACTION_KEY: "k047bb", slug: "x" });
      expect((await rawRequest(running.port, { method: "POST", path: "/campaigns/x", headers: { "content-type": plain.type, origin: ORIGIN }, body: plain.body })).status).toBe(200);
      expect(running.reachedNext).toHaveLength(3);
      expect(running.reachedNext[0]!.body).toBe(calls[0]!.body.toString("utf8"));
      expect(running.reachedNext[2]!.body).toContain("$ACTION_REF_1");
    });
  });

  it("refuses forged references, parts that are not there, unknown actions and other sites, without a 500", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [serverActionShape({ actions })]), async (running) => {
      const text = (json: string, action = ACTION, origin = ORIGIN) =>
        rawRequest(running.port, { method: "POST", path: "/admin/users", headers: { "next-action": action, "content-type": "text/plain;charset=UTF-8", origin }, body: json });
      for (const forged of ['["$K9"', "not json{", '["$@1"]', '["$Q2"]', '["$W1"]', '[{},"$F1"]', '["$1"]', '["$1:a:b"]', '["$T"]', '["$h1"]', '["$B1"]', '["$R1"]', '["$K1"]', `${"[".repeat(40)}${"]".repeat(40)}`]) {
        const response = await text(forged);
        expect(response.status, forged).toBe(400);
        expect(JSON.parse(response.body)).toMatchObject({ error: "bad_request" });
      }
      const unknown = await text("[]", OTHER);
      expect(unknown.status).toBe(404);
      expect(unknown.headers["x-nextjs-action-not-found"]).toBe("1");
      expect((await text("[]", "not-an-id")).status).toBe(404);
      expect((await text("[]", ACTION, "https://evil.example")).status).toBe(403);
      // An extra outlined part, a root that is not JSON, no root at all.
      for (const fields of <Record<string, string>[]>[{ "0": '["$K1"]', _1_slug: "x", "2": "{}" }, { "0": '["$K1"]', "1_slug": "x" }, { "0": "{", _1_slug: "x" }, { _1_slug: "x" }]) {
        const { body, type } = await formPost(fields);
        const response = await rawRequest(running.port, { method: "POST", path: "/campaigns/x", headers: { "next-action": ACTION, "content-type": type, origin: ORIGIN }, body });
        expect(response.status, JSON.stringify(fields)).toBe(400);
      }
      // A form post (no JavaScript) naming an unknown action, or bound to parts that are not there.
      for (const fields of <Record<string, string>[]>[
        { [`$ACTION_ID_${OTHER}`]: "" },
        { $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id: OTHER, bound: null }) },
        { $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id: ACTION, bound: "$@9" }) },
        { $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id: ACTION, bound: "$@1" }), "$ACTION_1:1": '["$Q3"]' },
        { $ACTION_REF_1: "", "$ACTION_1:0": "{" },
        { $ACTION_REF_1: "", $ACTION_REF_2: "" },
      ]) {
        const { body, type } = await formPost(fields);
        const response = await rawRequest(running.port, { method: "POST", path: "/campaigns/x", headers: { "content-type": type, origin: ORIGIN, accept: "text/html" }, body });
        expect(response.status, JSON.stringify(fields)).toBe(400);
      }
      // A NUL anywhere in what an action is sent (PostgreSQL refuses it): a clear 400.
      const nulField = new FormData();
      nulField.append("signatureId", "abc\u0000");
      for (const { body, type } of [await fetchCall([{}, nulField]), await fetchCall([{ note: "a\u0000b" }])]) {
        const response = await rawRequest(running.port, { method: "POST", path: "/admin/campaigns/c1", headers: { "next-action": ACTION, "content-type": type, origin: ORIGIN }, body });
        expect(response.status).toBe(400);
        expect(JSON.parse(response.body)).toMatchObject({ error: "control_characters", message: expect.stringContaining("NUL") });
      }
      const plainNul = await formPost({ [`$ACTION_ID_${ACTION}`]: "", slug: "x\u0000" });
      expect((await rawRequest(running.port, { method: "POST", path: "/campaigns/x", headers: { "content-type": plainNul.type, origin: ORIGIN }, body: plainNul.body })).status).toBe(400);
      const garbage = await rawRequest(running.port, { method: "POST", path: "/campaigns/x", headers: { "content-type": "multipart/form-data; boundary=zz", origin: ORIGIN }, body: "--zz\r\nnonsense" });
      expect(garbage.status).toBe(400);
      expect(running.reachedNext).toEqual([]);
    });
  });

  it("refuses posts to a page that are no action call, and leaves the JSON API alone", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [serverActionShape({ actions })]), async (running) => {
      const { body, type } = await formPost({ slug: "x" });
      for (const [contentType, payload] of [
        [type, body],
        ["application/x-www-form-urlencoded", "slug=x"],
        ["text/plain", "[]"],
        [undefined, undefined],
      ] as const) {
        const response = await rawRequest(running.port, { method: "POST", path: "/campaigns/x", headers: contentType ? { "content-type": contentType } : {}, body: payload });
        expect(response.status, String(contentType)).toBe(400);
      }
      // A call whose arguments are no list, or sent as another type than React's text/plain.
      for (const [contentType, payload] of <[string, string][]>[
        ["text/plain;charset=UTF-8", "-5.5e-267"],
        ["text/plain;charset=UTF-8", '{"a":1}'],
        ["a/b; c=d", "[]"],
        ["application/json", "[]"],
      ]) {
        const response = await rawRequest(running.port, { method: "POST", path: "/campaigns/x", headers: { "next-action": ACTION, origin: ORIGIN, "content-type": contentType }, body: payload });
        expect(response.status, `${contentType} ${payload}`).toBe(400);
      }
      await rawRequest(running.port, { method: "POST", path: "/api/campaigns/x/signature", headers: { "content-type": "application/json" }, body: "{" });
      expect(running.reachedNext.map((r) => r.url)).toEqual(["/api/campaigns/x/signature"]);
    });
  });
});
