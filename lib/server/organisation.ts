import "server-only";
import { config } from "@/lib/server/config";
import { translator } from "@/lib/server/i18n/translator";
import type { Settings } from "@/lib/config/settings";

export type Organisation = Settings["organisation"];

// The organisation that runs this site, from its settings (SITE_NAME, ORG_NAME, ORG_URL,
// CONTACT_EMAIL, LOGO_FILE; lib/config/settings.ts).
export function organisation(): Organisation {
  return config().organisation;
}

/** The site's name in a language: SITE_NAME when set, else the messages' own. */
export function siteName(locale: string): string {
  return organisation().siteName ?? translator(locale, "Meta")("siteName");
}
