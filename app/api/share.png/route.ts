import type { NextRequest } from "next/server";
import { localeParam } from "@/lib/server/http/locale-param";
import { publicResponse } from "@/lib/server/http/public-response";
import { shareCardVersion, shareImageCacheControl, shareImagePng, siteShareCard } from "@/lib/server/share/share-cards";

// The site's share image, for every page that is not a campaign. Public: no one to check.
export async function GET(request: NextRequest) {
  const card = siteShareCard(localeParam(request));
  return publicResponse(request, await shareImagePng(card), {
    contentType: "image/png",
    cacheControl: shareImageCacheControl(request.nextUrl.searchParams.get("v"), shareCardVersion(card)),
  });
}
