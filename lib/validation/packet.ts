import { z } from "zod";

const DAY_MS = 86_400_000;

// A delivery is recorded after it happened: a date up to today (a day's slack for time zones).
const pastDay = z
  .string()
  .max(10, { message: "dateInvalid" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "dateInvalid" })
  .refine((v) => {
    const time = Date.parse(`${v}T00:00:00Z`);
    return Number.isFinite(time) && new Date(time).toISOString().startsWith(v) && time <= Date.now() + DAY_MS;
  }, { message: "dateInvalid" });

export const packetDeliveryInput = z.object({
  campaignId: z.string().min(1).max(64),
  deliveredOn: pastDay,
  to: z.string().trim().min(1, { message: "toRequired" }).max(200, { message: "toRequired" }),
  how: z.string().trim().min(1, { message: "howRequired" }).max(500, { message: "howRequired" }),
});

export type PacketDeliveryFormValues = z.input<typeof packetDeliveryInput>;
export type PacketDeliveryInput = z.output<typeof packetDeliveryInput>;
