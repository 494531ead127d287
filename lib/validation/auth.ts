import { z } from "zod";

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
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
