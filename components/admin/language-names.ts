import type { LocaleValue } from "@/lib/validation/fields";

// Each language by its own name, for the admin forms' language choices and fieldsets.
export const LANGUAGE_NAMES: Record<LocaleValue, string> = { en: "English", ug: "ئۇيغۇرچە" };
