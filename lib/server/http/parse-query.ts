import "server-only";
import type { z } from "zod";
import { publicError } from "./public-response";

/** A public endpoint's query, parsed with its zod schema; or the 400 that says what is wrong. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): { ok: true; data: z.output<S> } | { ok: false; response: Response } {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (parsed.success) return { ok: true, data: parsed.data };
  const message = parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`).join("; ");
  return { ok: false, response: publicError(400, "bad_request", message) };
}
