import { z } from "zod";
import { isPlainText } from "./text";

export const signInInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { message: "emailRequired" })
    .max(254, { message: "emailInvalid" })
    .pipe(z.email({ message: "emailInvalid" })),
  callbackUrl: z.string().max(2000).optional(),
});

export type SignInInput = z.infer<typeof signInInput>;

// Only paths on this site: an open redirect would let a phishing page borrow our links.
// A control character in it would also break the Location header it ends up in.
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || !isPlainText(value)) return "/";
  return value;
}
