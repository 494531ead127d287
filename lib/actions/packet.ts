"use server";

import { viewerWith } from "@/lib/server/authz";
import { refreshPublicPages } from "@/lib/server/admin/action-helpers";
import { recordPacketDelivery } from "@/lib/server/packet/record-packet-delivery";
import { formDataToObject } from "@/lib/validation/form-data";
import { packetDeliveryInput } from "@/lib/validation/packet";
import { NOT_FOUND, succeed, type ActionState } from "./action-result";
import { isForm, parseInput } from "./form-input";

// Records that a campaign's packet was delivered: a tracker event. Staff who may write the
// tracker only; anyone else gets the same answer as for a campaign that does not exist.
export async function recordPacketDeliveryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await viewerWith("tracker:write");
  if (!viewer || !isForm(formData)) return NOT_FOUND;
  const parsed = parseInput(packetDeliveryInput.safeParse(formDataToObject(formData)), formData);
  if (!parsed.ok) return parsed;
  const result = await recordPacketDelivery({ input: parsed.data, actor: viewer });
  if (!result.ok) return NOT_FOUND;
  refreshPublicPages();
  return succeed();
}
