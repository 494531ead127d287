import { z } from "zod";
import { perLocale } from "./locales";

export const SITE_PAGE_MAX = 20_000;

// The /about text in each language, as Markdown; any may be empty (the page then shows another
// language's text, or the default words).
export const aboutPageInput = perLocale(z.string().trim().max(SITE_PAGE_MAX, { message: "tooLong" }));

export type AboutPageFormValues = z.input<typeof aboutPageInput>;
