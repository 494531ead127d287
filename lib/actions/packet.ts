"use server";

import { viewerWith } from "@/lib/server/authz";
import { refreshPublicPages } from "@/lib/server/admin/action-helpers";
import { recordPacketDelivery } from "@/lib/server/packet/record-packet-delivery";
import { formDataToObject } from "@/lib/validation/form-data";
import { packetDeliveryInput, type PacketDeliveryFormValues } from "@/lib/validation/packet";

type Field = keyof PacketDeliveryFormValues;

export type PacketDeliveryState = { ok?: boolean; saved?: number; error?: "notFound" | "invalid"; fieldErrors?: Partial<Record<Field, string>> };

// Records that a campaign's packet was delivered: a tracker event. Staff who may write the
// tracker only; anyone else gets the same answer as for a campaign that does not exist.
export async function recordPacketDeliveryAction(_previous: PacketDeliveryState, formData: FormData): Promise<PacketDeliveryState> {
  const viewer = await viewerWith("tracker:write");
  if (!viewer || !(formData instanceof FormData)) return { ok: false, error: "notFound" };
  const parsed = packetDeliveryInput.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as Field | undefined;
      if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { ok: false, error: "invalid", fieldErrors };
  }
  const result = await recordPacketDelivery({ input: parsed.data, actor: viewer });
  if (!result.ok) return { ok: false, error: "notFound" };
  refreshPublicPages();
  return { ok: true, saved: Date.now() };
}
