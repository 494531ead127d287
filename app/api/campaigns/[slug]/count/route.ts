import { NextResponse } from "next/server";
import { PUBLIC_CACHE_CONTROL } from "@/lib/server/campaigns/campaign-json";
import { getCampaignCount } from "@/lib/server/signatures/get-campaign-count";

// Public and read-only: the live count of a campaign. Kept by this server for a second and by a
// CDN for a few more, so a crowd watching the count costs one query a second per instance.
export const revalidate = 1;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const count = await getCampaignCount({ slug });
  if (!count) return NextResponse.json({ error: "not_found", message: "No public campaign has this slug." }, { status: 404 });
  return NextResponse.json(count, { headers: { "Cache-Control": PUBLIC_CACHE_CONTROL } });
}
