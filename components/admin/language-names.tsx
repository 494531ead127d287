import type { LocaleValue } from "@/lib/validation/fields";
import { LOCALES } from "@/lib/validation/fields";

// Each language by its own name, for the admin forms' language choices and fieldsets.
export const LANGUAGE_NAMES: Record<LocaleValue, string> = { en: "English", ug: "ئۇيغۇرچە" };

// The options of a "written in" choice: every language the site speaks, each in itself.
export function LanguageOptions() {
  return LOCALES.map((l) => (
    <option key={l} value={l} lang={l}>
      {LANGUAGE_NAMES[l]}
    </option>
  ));
}
