import { routing } from "@/i18n/routing";

// How large a request body may be, by method and address: the first row that matches decides.
// Bodies are refused by their declared length before anything reads them (Next would read a
// 5 MB Server Action body into memory to answer 500). The table is the one place to change a
// limit: a new upload (the tracker's evidence files) gets a row here.
export type BodyLimit = { name: string; methods: readonly string[]; path: RegExp; maxBytes: number };

const KB = 1024;
const MB = 1024 * KB;
const LOCALE = `(?:/(?:${routing.locales.join("|")}))?`;

export const BODY_LIMITS: readonly BodyLimit[] = [
  // Reads carry no body.
  { name: "no body", methods: ["GET", "HEAD", "OPTIONS"], path: /^/, maxBytes: 0 },
  // The signing endpoint's JSON: a few short fields.
  { name: "signing (JSON)", methods: ["POST"], path: /^\/api\/campaigns\/[^/]+\/signature$/, maxBytes: 8 * KB },
  { name: "withdrawing", methods: ["DELETE"], path: /^\/api\/campaigns\/[^/]+\/signature$/, maxBytes: 1 * KB },
  // The sign-in confirmation: an email address at most.
  { name: "sign-in confirmation", methods: ["POST"], path: /^\/api\/auth\//, maxBytes: 2 * KB },
  // RFC 8058 one-click unsubscribe: "List-Unsubscribe=One-Click".
  { name: "unsubscribe", methods: ["POST"], path: /^\/api\/unsubscribe$/, maxBytes: 1 * KB },
  // Staff forms and uploads: evidence files of up to 10 MB, with the form around them.
  { name: "staff forms and evidence uploads", methods: ["POST"], path: new RegExp(`^(?:${LOCALE}/admin(?:/|$)|/api/admin/)`), maxBytes: 11 * MB },
  // Everything else: Server Actions on public pages (sign, follow, sign in, my account).
  { name: "public forms and Server Actions", methods: ["POST", "DELETE"], path: /^/, maxBytes: 64 * KB },
];

export function bodyLimitFor(method: string, path: string): BodyLimit {
  const limit = BODY_LIMITS.find((row) => row.methods.includes(method) && row.path.test(path));
  // Methods the front door lets through are all in the table; anything else may send nothing.
  return limit ?? { name: "no body", methods: [method], path: /^/, maxBytes: 0 };
}
