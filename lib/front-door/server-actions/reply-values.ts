// What a Server Action of this app is ever sent, in React's reply encoding: plain JSON (the
// previous form state) and one FormData ("$K" followed by its id). React's decoder also follows
// references to other parts of the body (promises "$@", maps "$Q", sets "$W", server
// references "$F", streams, typed arrays, outlined objects "$1"…), and a reference to a part
// that is not there leaves it waiting or throwing: Next answered those with a 500. So any
// reference but these few plain values is refused before React sees it.
const PLAIN_VALUES = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d{4}-\d{2}-\d{2}T[\d:.]+Z$|n-?\d{1,400}$)/;
const FORM_DATA = /^\$K([0-9a-f]{1,8})$/;
const MAX_DEPTH = 32;
// PostgreSQL refuses a NUL in text: no argument may carry one to a query.
export const NUL = "a NUL character";

export type ReplyCheck = { ok: true; formDataIds: string[] } | { ok: false; reason: string };

export function checkReplyValue(value: unknown): ReplyCheck {
  const formDataIds: string[] = [];
  const visit = (node: unknown, depth: number): string | null => {
    if (depth > MAX_DEPTH) return "nested too deeply";
    if (typeof node === "string") {
      if (node.includes("\u0000")) return NUL;
      if (!node.startsWith("$") || PLAIN_VALUES.test(node)) return null;
      const formData = FORM_DATA.exec(node);
      if (formData) {
        formDataIds.push(formData[1]!);
        return null;
      }
      return `reference ${JSON.stringify(node.slice(0, 20))} is not accepted`;
    }
    if (Array.isArray(node)) {
      for (const item of node) {
        const problem = visit(item, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    if (node !== null && typeof node === "object") {
      for (const item of Object.values(node)) {
        const problem = visit(item, depth + 1);
        if (problem) return problem;
      }
    }
    return null;
  };
  const problem = visit(value, 0);
  return problem ? { ok: false, reason: problem } : { ok: true, formDataIds };
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
