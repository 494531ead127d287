import { z } from "zod";
import { isCountryCode } from "./countries";
import { CONTROL_CHARACTERS, isPlainText } from "./text";

export const COMMENT_MAX = 500;
export const DISPLAY_NAME_MAX = 80;

const optionalText = (max: number, message: string, multiline: boolean) =>
  z
    .string()
    .trim()
    .max(max, { message })
    .refine((v) => isPlainText(v, { multiline }), { message: CONTROL_CHARACTERS })
    .optional()
    .transform((v) => (v ? v : undefined));

// One schema for the browser (react-hook-form) and the server (the Server Action and the
// JSON endpoint). Error messages are keys into the SignForm messages.
export const signatureInput = z
  .object({
    showName: z.boolean(),
    displayName: optionalText(DISPLAY_NAME_MAX, "displayNameTooLong", false),
    country: z
      .string()
      .max(2, { message: "countryInvalid" })
      .optional()
      .refine((v) => !v || isCountryCode(v), { message: "countryInvalid" })
      .transform((v) => (v ? v : undefined)),
    comment: optionalText(COMMENT_MAX, "commentTooLong", true),
    follow: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (value.showName && !value.displayName) {
      ctx.addIssue({ code: "custom", path: ["displayName"], message: "displayNameRequired" });
    }
  })
  // A name that is not to be shown is not kept either.
  .transform((value) => ({ ...value, displayName: value.showName ? value.displayName : undefined }));

export type SignatureInput = z.output<typeof signatureInput>;
// What the form holds (and a JSON body sends) before parsing.
export type SignatureFormValues = z.input<typeof signatureInput>;
