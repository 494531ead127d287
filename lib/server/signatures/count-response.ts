import "server-only";
import { NextResponse } from "next/server";
import { PUBLIC_CACHE_CONTROL } from "@/lib/server/campaigns/campaign-json";
import { getCampaignCount, type CampaignCount } from "./get-campaign-count";

// The count endpoint, GET /api/campaigns/{slug}/count, answered by the proxy (see
// docs/decisions/005). Each instance asks the database at most once a second per campaign,
// however many people are watching; a CDN may keep the answer a few seconds more.
const FRESH_MS = 1_000;
const recent = new Map<string, { at: number; count: Promise<CampaignCount | null> }>();

export const COUNT_PATH = /^\/api\/campaigns\/([a-z0-9-]{1,100})\/count$/;

export async function countResponse(slug: string): Promise<NextResponse> {
  let entry = recent.get(slug);
  if (!entry || Date.now() - entry.at > FRESH_MS) {
    entry = { at: Date.now(), count: getCampaignCount({ slug }) };
    recent.set(slug, entry);
    // A failed read is not kept: the next request asks again.
    entry.count.catch(() => recent.delete(slug));
    if (recent.size > 10_000) recent.clear();
  }
  const count = await entry.count;
  if (!count) return NextResponse.json({ error: "not_found", message: "No public campaign has this slug." }, { status: 404 });
  return NextResponse.json(count, { headers: { "Cache-Control": PUBLIC_CACHE_CONTROL } });
}
