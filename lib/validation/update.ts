import { z } from "zod";
import { CONTROL_CHARACTERS, isPlainText } from "./text";

export const UPDATE_TITLE_MAX = 200;
export const UPDATE_BODY_MAX = 20_000;

// One schema for the admin form and the Server Action. Messages are keys into the
// "PostUpdate" messages. The body is Markdown as the editor wrote it; followers get it as text.
export const campaignUpdateInput = z.object({
  campaignId: z.string().trim().min(1, { message: "campaignRequired" }).max(100, { message: "campaignRequired" }).refine((v) => isPlainText(v), { message: "campaignRequired" }),
  title: z.string().trim().min(1, { message: "titleRequired" }).max(UPDATE_TITLE_MAX, { message: "titleTooLong" }).refine((v) => isPlainText(v), { message: CONTROL_CHARACTERS }),
  body: z.string().trim().min(1, { message: "bodyRequired" }).max(UPDATE_BODY_MAX, { message: "bodyTooLong" }).refine((v) => isPlainText(v, { multiline: true }), { message: CONTROL_CHARACTERS }),
});

export type CampaignUpdateInput = z.output<typeof campaignUpdateInput>;
export type CampaignUpdateFormValues = z.input<typeof campaignUpdateInput>;
