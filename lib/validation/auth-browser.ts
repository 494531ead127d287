import type { FormChecks } from "@/components/forms/checks-resolver";
import type { SignInInput } from "./auth";

// zod's own email pattern (zod/v4/core regexes.email; auth-browser.test.ts checks it is still
// the same), which signInInput (./auth.ts) applies on the server.
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

// The sign-in form's check in the browser, without zod: the rules and message keys of
// signInInput, which the server parses the request with.
export const signInChecks: FormChecks<SignInInput> = (values) => {
  const email = (values.email ?? "").trim().toLowerCase();
  if (email.length === 0) return { email: "emailRequired" };
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) return { email: "emailInvalid" };
  return {};
};
