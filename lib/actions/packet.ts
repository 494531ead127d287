"use server";

import { staffInput } from "./staff-input";
import { refreshPublicPages } from "@/lib/server/admin/action-helpers";
import { recordPacketDelivery } from "@/lib/server/packet/record-packet-delivery";
import { packetDeliveryInput } from "@/lib/validation/packet";
import { NOT_FOUND, succeed, type ActionState } from "./action-result";

// Records that a campaign's packet was delivered: a tracker event. Staff who may write the
// tracker only; anyone else gets the same answer as for a campaign that does not exist.
export async function recordPacketDeliveryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = await staffInput("tracker:write", formData, packetDeliveryInput);
  if (!parsed.ok) return parsed;
  const result = await recordPacketDelivery({ input: parsed.data, actor: parsed.viewer });
  if (!result.ok) return NOT_FOUND;
  refreshPublicPages();
  return succeed();
}
