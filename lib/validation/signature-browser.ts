import type { FormChecks } from "@/components/forms/checks-resolver";
import { isCountryCode } from "./country-codes";
import type { SignatureFormValues } from "./signature";
import { COMMENT_MAX, DISPLAY_NAME_MAX } from "./signature-limits";
import { CONTROL_CHARACTERS, isPlainText } from "./text";

// The sign form's checks in the browser, without zod: the same rules, in the same order, with
// the same message keys as signatureInput (./signature.ts), which the server parses every
// signature with. signature-browser.test.ts holds the two to the same answers.
function textError(value: string | undefined, max: number, tooLong: string, multiline: boolean): string | undefined {
  const text = (value ?? "").trim();
  if (text.length > max) return tooLong;
  if (!isPlainText(text, { multiline })) return CONTROL_CHARACTERS;
  return undefined;
}

export const signatureChecks: FormChecks<SignatureFormValues> = (values) => {
  const country = values.country ?? "";
  const displayName =
    textError(values.displayName, DISPLAY_NAME_MAX, "displayNameTooLong", false) ?? (values.showName && !(values.displayName ?? "").trim() ? "displayNameRequired" : undefined);
  return {
    displayName,
    country: country.length > 2 || (country !== "" && !isCountryCode(country)) ? "countryInvalid" : undefined,
    comment: textError(values.comment, COMMENT_MAX, "commentTooLong", true),
  };
};
