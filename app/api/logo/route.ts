import { readFile } from "node:fs/promises";
import { organisation } from "@/lib/server/organisation";
import { publicError, publicResponse } from "@/lib/server/http/public-response";

// The organisation's logo (LOGO_FILE), for the header. Public: there is no one to check.
export async function GET(request: Request) {
  const { logo } = organisation();
  if (!logo) return publicError(404, "not_found", "This site has no logo.");
  const body = await readFile(logo.file);
  // An SVG served from our origin runs no script here: the site's CSP has no script for it,
  // and a logo shown through <img> never runs script anyway.
  return publicResponse(request, new Uint8Array(body), { contentType: logo.type, cacheControl: "public, max-age=3600" });
}
