import { z } from "zod";

export const UPDATE_TITLE_MAX = 200;
export const UPDATE_BODY_MAX = 20_000;

// One schema for the admin form and the Server Action. Messages are keys into the
// "PostUpdate" messages. The body is Markdown as the editor wrote it; followers get it as text.
export const campaignUpdateInput = z.object({
  campaignId: z.string().trim().min(1, { message: "campaignRequired" }).max(100, { message: "campaignRequired" }),
  title: z.string().trim().min(1, { message: "titleRequired" }).max(UPDATE_TITLE_MAX, { message: "titleTooLong" }),
  body: z.string().trim().min(1, { message: "bodyRequired" }).max(UPDATE_BODY_MAX, { message: "bodyTooLong" }),
});

export type CampaignUpdateInput = z.output<typeof campaignUpdateInput>;
export type CampaignUpdateFormValues = z.input<typeof campaignUpdateInput>;
