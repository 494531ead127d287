import * as z from "zod/mini";
import { isPlainText } from "./text";

// zod's "mini" build, as for the sign form (lib/validation/signature.ts): the sign-in form takes
// this schema to the browser.
export const signInInput = z.object({
  email: z.pipe(
    z.string().check(z.trim(), z.toLowerCase(), z.minLength(1, { message: "emailRequired" }), z.maxLength(254, { message: "emailInvalid" })),
    z.email({ message: "emailInvalid" }),
  ),
  callbackUrl: z.optional(z.string().check(z.maxLength(2000))),
});

export type SignInInput = z.infer<typeof signInInput>;

// Only paths on this site: an open redirect would let a phishing page borrow our links.
// A control character in it would also break the Location header it ends up in.
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || !isPlainText(value)) return "/";
  return value;
}
