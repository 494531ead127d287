import * as z from "zod/mini";
import { isCountryCode } from "./countries";
import { CONTROL_CHARACTERS, isPlainText } from "./text";

import { COMMENT_MAX, DISPLAY_NAME_MAX } from "./signature-limits";

export { COMMENT_MAX, DISPLAY_NAME_MAX };

// zod's "mini" build: the same parser with functions in place of chained methods. This schema
// goes to the browser with the sign form, where the classic build would add some 35 KB of
// compressed JavaScript to the campaign page (issue 13).
const emptyIsUndefined = <T extends string | undefined>(value: T) => (value ? value : undefined);

const optionalText = (max: number, message: string, multiline: boolean) =>
  z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(max, { message }), z.refine((v) => isPlainText(v, { multiline }), { message: CONTROL_CHARACTERS }))),
    z.transform(emptyIsUndefined),
  );

// One schema for the browser (react-hook-form) and the server (the Server Action and the
// JSON endpoint). Error messages are keys into the SignForm messages.
export const signatureInput = z.pipe(
  z
    .object({
      showName: z.boolean(),
      displayName: optionalText(DISPLAY_NAME_MAX, "displayNameTooLong", false),
      country: z.pipe(
        z.optional(z.string().check(z.maxLength(2, { message: "countryInvalid" }), z.refine((v) => !v || isCountryCode(v), { message: "countryInvalid" }))),
        z.transform(emptyIsUndefined),
      ),
      comment: optionalText(COMMENT_MAX, "commentTooLong", true),
      follow: z.boolean(),
    })
    .check(
      z.superRefine((value, ctx) => {
        if (value.showName && !value.displayName) {
          ctx.issues.push({ code: "custom", path: ["displayName"], message: "displayNameRequired", input: value });
        }
      }),
    ),
  // A name that is not to be shown is not kept either.
  z.transform((value) => ({ ...value, displayName: value.showName ? value.displayName : undefined })),
);

export type SignatureInput = z.output<typeof signatureInput>;
// What the form holds (and a JSON body sends) before parsing.
export type SignatureFormValues = z.input<typeof signatureInput>;
