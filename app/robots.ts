import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { siteOrigin } from "@/lib/server/config";

export const dynamic = "force-dynamic";

// Crawlers may read the public pages; never the admin area, anyone's account page, the
// sign-in steps or the staff API.
export default function robots(): MetadataRoute.Robots {
  const prefixes = ["", ...routing.locales.filter((l) => l !== routing.defaultLocale).map((l) => `/${l}`)];
  const disallow = [...prefixes.flatMap((p) => [`${p}/admin`, `${p}/me`, `${p}/signin`, `${p}/unsubscribe`]), "/api/admin/", "/api/me/", "/api/auth/"];
  return { rules: [{ userAgent: "*", allow: "/", disallow }], sitemap: `${siteOrigin()}/sitemap.xml` };
}
