import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { translator } from "@/lib/server/i18n/translator";

// The organisation that runs this site, from its settings: shown in the header and footer, on
// /about, in emails, share images, the delivery packet and the feeds. Every one is optional; a
// site without them is named by its messages ("Campaign tracker").
// TODO(config): these move into lib/server/config.ts when the validated configuration lands.
const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const settings = z.object({
  SITE_NAME: z.preprocess(blankIsUnset, z.string().trim().max(80).optional()),
  ORG_NAME: z.preprocess(blankIsUnset, z.string().trim().max(120).optional()),
  ORG_URL: z.preprocess(blankIsUnset, z.url({ protocol: /^https?$/ }).optional()),
  CONTACT_EMAIL: z.preprocess(blankIsUnset, z.email().optional()),
  LOGO_FILE: z.preprocess(
    blankIsUnset,
    z
      .string()
      .refine((file) => /\.(png|jpe?g|svg)$/i.test(file), "LOGO_FILE must be a .png, .jpg or .svg file")
      .refine((file) => existsSync(path.resolve(file)), "LOGO_FILE names a file that does not exist")
      .optional(),
  ),
});

export type Organisation = {
  /** The site's own name, when set; else the messages' name in each language. */
  siteName: string | null;
  orgName: string | null;
  orgUrl: string | null;
  contactEmail: string | null;
  logo: { file: string; type: "image/png" | "image/jpeg" | "image/svg+xml" } | null;
};

let read: Organisation | undefined;

export function organisation(): Organisation {
  if (read) return read;
  const parsed = settings.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const { SITE_NAME, ORG_NAME, ORG_URL, CONTACT_EMAIL, LOGO_FILE } = parsed.data;
  const type = LOGO_FILE ? (/\.png$/i.test(LOGO_FILE) ? "image/png" : /\.svg$/i.test(LOGO_FILE) ? "image/svg+xml" : "image/jpeg") : null;
  read = {
    siteName: SITE_NAME ?? null,
    orgName: ORG_NAME ?? null,
    orgUrl: ORG_URL ?? null,
    contactEmail: CONTACT_EMAIL ?? null,
    logo: LOGO_FILE && type ? { file: path.resolve(LOGO_FILE), type } : null,
  };
  return read;
}

/** The site's name in a language: SITE_NAME when set, else the messages' own. */
export function siteName(locale: string): string {
  return organisation().siteName ?? translator(locale, "Meta")("siteName");
}
