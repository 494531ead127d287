import { z } from "zod";

// Staff decisions on named comments (lib/actions/comments.ts).
const id = z.string().min(1).max(64);

export const commentDecisionInput = z.object({ signatureId: id, decision: z.enum(["approve", "reject"]) });

// A checkbox from a plain form: "on", or absent (also sent as "").
export const commentReviewInput = z.object({
  campaignId: id,
  reviewComments: z
    .enum(["on", ""])
    .optional()
    .transform((v) => v === "on"),
});
