import { openApiDocument } from "@/lib/server/api/openapi";
import { publicJson } from "@/lib/server/http/public-response";
import { siteName } from "@/lib/server/organisation";
import { siteOrigin } from "@/lib/server/config";

// The API's description (OpenAPI 3.1), generated from the zod schemas the routes use.
// Public: there is no one to check.
export function GET(request: Request) {
  return publicJson(request, openApiDocument(siteOrigin(), siteName("en")), "public, max-age=300");
}
