import { ACTION_ID, type ActionCatalog } from "./action-catalog";
import { checkReplyValue, NUL, parseJson } from "./reply-values";

// Whether a POST to a page is a Server Action call of the shape this app's forms send, read
// from its buffered body before Next decodes it. Two shapes exist:
// - with JavaScript, a fetch with a Next-Action header: the arguments as one JSON text, or as a
//   multipart form whose part "0" holds them and whose other parts are the FormData argument's
//   fields (named "_<its id>_<field>");
// - without JavaScript, a plain multipart form post: "$ACTION_ID_<id>", or "$ACTION_REF_<n>" with
//   "$ACTION_<n>:0" naming the action and the part holding its bound arguments.
export type ActionCheck =
  | { kind: "not-an-action" }
  | { kind: "ok" }
  | { kind: "unknown-action" }
  | { kind: "malformed"; reason: string }
  | { kind: "nul" };

const OK: ActionCheck = { kind: "ok" };
const malformed = (reason: string): ActionCheck => ({ kind: "malformed", reason });

const carriesNul = (form: FormData) => [...form.entries()].some(([key, value]) => key.includes("\u0000") || (typeof value === "string" && value.includes("\u0000")));

async function formDataOf(contentType: string, body: Buffer): Promise<FormData | null> {
  try {
    // A Response rather than a Request: the same parser, without a Request's abort signal and
    // the rest of what it sets up, which cost more than the parsing (issue 13).
    return await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
}

const knownAction = (id: unknown, actions: ActionCatalog | undefined) => typeof id === "string" && ACTION_ID.test(id) && (!actions || actions.has(id));

function checkArguments(json: string | File | null, form: FormData | null): ActionCheck {
  if (typeof json !== "string") return malformed("no arguments");
  const parsed = parseJson(json);
  if (!parsed.ok) return malformed("arguments are not JSON");
  // An action is called with a list of arguments; Next spreads it (a number made it a 500).
  if (!Array.isArray(parsed.value)) return malformed("arguments are not a list");
  const check = checkReplyValue(parsed.value);
  if (!check.ok) return check.reason === NUL ? { kind: "nul" } : malformed(check.reason);
  if (!form) return check.formDataIds.length === 0 ? OK : malformed("a form reference without a form");
  if (carriesNul(form)) return { kind: "nul" };
  // React's decoder takes the fields of "$K<hex id>" from the parts named "_<hex id>_…" (its
  // encoder writes the id in decimal there: the same for the ids below 10 a form ever uses).
  const prefixes = check.formDataIds.flatMap((id) => [`_${id}_`, `_${Number.parseInt(id, 16)}_`]);
  for (const key of form.keys()) {
    if (key !== "0" && !prefixes.some((prefix) => key.startsWith(prefix))) return malformed(`unexpected part ${JSON.stringify(key.slice(0, 40))}`);
  }
  return OK;
}

async function checkFetchAction(id: string, contentType: string, body: Buffer, actions?: ActionCatalog): Promise<ActionCheck> {
  if (!knownAction(id, actions)) return { kind: "unknown-action" };
  // The boundary is case-sensitive: the type is compared lower-cased, never passed on so.
  const type = contentType.toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const form = await formDataOf(contentType, body);
    if (!form) return malformed("not a readable multipart form");
    return checkArguments(form.get("0"), form);
  }
  // React sends arguments that need no parts of their own as plain JSON text.
  if (!type.startsWith("text/plain")) return malformed(`arguments sent as ${JSON.stringify(type.slice(0, 40))}`);
  return checkArguments(body.toString("utf8"), null);
}

function checkBoundAction(form: FormData, ref: string, actions?: ActionCatalog): ActionCheck {
  const prefix = `$ACTION_${ref}:`;
  const meta = parseJson(String(form.get(`${prefix}0`) ?? ""));
  if (!meta.ok || typeof meta.value !== "object" || meta.value === null) return malformed("no action in the form");
  const { id, bound } = meta.value as { id?: unknown; bound?: unknown };
  if (!knownAction(id, actions)) return { kind: "unknown-action" };
  let boundPart: string | undefined;
  if (bound !== null && bound !== undefined) {
    const reference = typeof bound === "string" ? /^\$@([0-9a-f]{1,8})$/.exec(bound) : null;
    if (!reference) return malformed("bound arguments are not a reference");
    boundPart = `${prefix}${Number.parseInt(reference[1]!, 16)}`;
    if (!form.has(boundPart)) return malformed("bound arguments are missing");
  }
  for (const [key, value] of form.entries()) {
    if (!key.startsWith(prefix) || key === `${prefix}0`) continue;
    if (key !== boundPart) return malformed(`unexpected part ${JSON.stringify(key.slice(0, 40))}`);
    const check = checkArguments(typeof value === "string" ? value : null, null);
    if (check.kind !== "ok") return check;
  }
  return OK;
}

function checkFormAction(form: FormData, actions?: ActionCatalog): ActionCheck {
  const keys = [...new Set(form.keys())].filter((key) => key.startsWith("$ACTION_"));
  if (keys.length === 0) return { kind: "not-an-action" };
  const ids = keys.filter((key) => key.startsWith("$ACTION_ID_"));
  const refs = keys.filter((key) => key.startsWith("$ACTION_REF_"));
  if (ids.length + refs.length !== 1) return malformed("not exactly one action");
  if (ids.length === 1) {
    if (!knownAction(ids[0]!.slice("$ACTION_ID_".length), actions)) return { kind: "unknown-action" };
    return keys.every((key) => key === ids[0] || key === "$ACTION_KEY") ? OK : malformed("unexpected action fields");
  }
  const ref = refs[0]!.slice("$ACTION_REF_".length);
  if (!/^\d{1,4}$/.test(ref)) return malformed("not an action reference");
  if (!keys.every((key) => key === refs[0] || key === "$ACTION_KEY" || key.startsWith(`$ACTION_${ref}:`))) return malformed("unexpected action fields");
  const actionKey = form.get("$ACTION_KEY");
  if (actionKey !== null && (typeof actionKey !== "string" || actionKey.length > 200)) return malformed("not an action key");
  return checkBoundAction(form, ref, actions);
}

export async function checkActionRequest({
  actionHeader,
  contentType,
  body,
  actions,
}: {
  actionHeader: string | undefined;
  contentType: string;
  body: Buffer;
  actions?: ActionCatalog;
}): Promise<ActionCheck> {
  if (actionHeader !== undefined) return checkFetchAction(actionHeader, contentType, body, actions);
  // Without the header, only a multipart form can be a Server Action (Next decodes nothing else).
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return { kind: "not-an-action" };
  const form = await formDataOf(contentType, body);
  if (!form) return malformed("not a readable multipart form");
  const check = checkFormAction(form, actions);
  return check.kind === "ok" && carriesNul(form) ? { kind: "nul" } : check;
}
