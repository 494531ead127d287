import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { APIRequestContext } from "@playwright/test";
import { baseURL } from "../playwright.config";

export type ServerAction = { id: string; file: string; name: string; pages: string[] };

// Every Server Action of the production build, from Next's own manifest, so a test that
// walks them all also covers the ones added after it was written.
export function listServerActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename,
    name: entry.exportedName,
    pages: Object.keys(entry.workers),
  }));
}

// A URL where the action's page lives, with sample values for dynamic segments.
// The cached variant of a campaign page answers 404 from outside (the front door): an action
// it renders is posted to a page that can be requested.
export function reachablePage(action: ServerAction): string {
  return action.pages.find((page) => !page.includes("/anonymous/")) ?? action.pages[0]!;
}

export function pageUrl(page: string, params: Record<string, string>): string {
  const path = page
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace("/[locale]", "")
    .replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? name);
  return path === "" ? "/" : path;
}

type EncodeReply = (value: unknown[]) => Promise<string | FormData>;

// The body of a call to an action, encoded with React's own encoder (the one Next ships), as the
// browser sends it. Part order matters (the server decodes as the parts stream in, root "0"
// last), so the FormData goes as it is: a plain object would put the key "0" first.
export async function encodeActionCall(args: unknown[], form?: Record<string, string>): Promise<FormData> {
  const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node") as {
    encodeReply: EncodeReply;
  };
  const formData = new FormData();
  for (const [key, value] of Object.entries(form ?? {})) formData.append(key, value);
  const encoded = await encodeReply(form ? [...args, formData] : args);
  if (typeof encoded !== "string") return encoded;
  const multipart = new FormData();
  multipart.append("0", encoded);
  return multipart;
}

// Calls an action exactly as React's client does. `extra` adds headers and may name the origin
// the call comes from (another app's, in a spec that starts one).
export async function callAction(
  request: APIRequestContext,
  action: ServerAction,
  url: string,
  args: unknown[],
  form?: Record<string, string>,
  cookie?: string,
  extra: { origin?: string; headers?: Record<string, string> } = {},
) {
  const response = await request.post(url, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", Origin: extra.origin ?? baseURL, ...(cookie ? { cookie } : {}), ...extra.headers },
    multipart: await encodeActionCall(args, form),
    maxRedirects: 0,
  });
  return { status: response.status(), headers: response.headers(), body: await response.text() };
}

export function actionNamed(name: string): ServerAction {
  const action = listServerActions().find((a) => a.name === name);
  if (!action) throw new Error(`no Server Action named ${name} in the build`);
  return action;
}
