import { NextResponse } from "next/server";
import { PUBLIC_CACHE_CONTROL } from "@/lib/server/campaigns/campaign-json";
import { getCampaignCount } from "@/lib/server/signatures/get-campaign-count";

// Public and read-only: the live count of a campaign, cacheable by a CDN for a few seconds.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const count = await getCampaignCount({ slug });
  if (!count) return NextResponse.json({ error: "not_found", message: "No public campaign has this slug." }, { status: 404 });
  return NextResponse.json(count, { headers: { "Cache-Control": PUBLIC_CACHE_CONTROL } });
}
