import { z } from "zod";

export const SITE_PAGE_MAX = 20_000;

// The /about text in each language, as Markdown; either may be empty (the page then shows the
// other language's text, or the default words).
export const aboutPageInput = z.object({
  en: z.string().trim().max(SITE_PAGE_MAX, { message: "tooLong" }),
  ug: z.string().trim().max(SITE_PAGE_MAX, { message: "tooLong" }),
});

export type AboutPageFormValues = z.input<typeof aboutPageInput>;
