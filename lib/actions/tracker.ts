"use server";

import { viewerWith } from "@/lib/server/authz";
import { staffInput } from "./staff-input";
import { redirect } from "next/navigation";
import { refreshPublicPages } from "@/lib/server/admin/action-helpers";
import { prepareEvidence, type PreparedEvidence } from "@/lib/server/evidence/prepare-evidence";
import { correctTrackerEvent, type EvidenceChange } from "@/lib/server/tracker/correct-tracker-event";
import { getAdminEvent } from "@/lib/server/tracker/get-admin-event";
import { recordTrackerEvent } from "@/lib/server/tracker/record-tracker-event";
import { retractTrackerEvent } from "@/lib/server/tracker/retract-tracker-event";
import { verifyEvidence } from "@/lib/server/tracker/verify-evidence";
import { formDataToObject } from "@/lib/validation/form-data";
import { eventCorrectionInput, eventRetractionInput, evidenceVerificationInput, trackerEventInput } from "@/lib/validation/tracker";
import { localePath } from "@/lib/locale-path";
import { fail, NOT_FOUND, type ActionState } from "./action-result";
import { formLocale, isForm, refusal, textField, textValues } from "./form-input";

// Tracker actions: record, correct and retract events, and verify evidence. Each checks the
// caller's permission itself ("notFound" to anyone else), validates with its form's zod schema,
// archives evidence before anything is written, and leaves the audit entry to its data function.

// Why an evidence link could not be archived (nothing was saved).
export type EvidenceFailureDetail = { reason: string; host?: string; status?: number };
export type TrackerState = ActionState<undefined, "notFound" | "invalid" | "conflict" | "evidence" | "ownEvidence" | "alreadyVerified", EvidenceFailureDetail>;

// The form's fields, with its file (formDataToObject keeps text only).
const formInput = (formData: FormData) => ({ ...formDataToObject(formData), evidenceFile: formData.get("evidenceFile") });

const evidenceFailed = (prepared: Extract<PreparedEvidence, { ok: false }>, formData: FormData) =>
  fail("evidence", { detail: prepared.failure as EvidenceFailureDetail, fieldErrors: { evidenceUrl: "evidenceNotArchived" }, values: textValues(formData) });

const eventPage = (formData: FormData, campaignId: string, eventId: string, saved: string) =>
  localePath(formLocale(formData, "uiLocale"), `/admin/campaigns/${campaignId}/events/${eventId}?saved=${saved}`);

export async function recordTrackerEventAction(_previous: TrackerState, formData: FormData): Promise<TrackerState> {
  const parsed = await staffInput("tracker:write", formData, trackerEventInput, formInput);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  // Fetched (or read from the upload) before anything is saved: a link that cannot be archived
  // saves nothing, and the editor is told why.
  const prepared = await prepareEvidence({ source: input, file: input.evidenceFile });
  if (!prepared.ok) return evidenceFailed(prepared, formData);
  const result = await recordTrackerEvent({ input, evidence: prepared.evidence, actor: parsed.viewer });
  if (!result.ok) return refusal(result, formData);
  refreshPublicPages();
  redirect(eventPage(formData, input.campaignId, result.id, "recorded"));
}

export async function correctTrackerEventAction(_previous: TrackerState, formData: FormData): Promise<TrackerState> {
  const parsed = await staffInput("tracker:write", formData, eventCorrectionInput, formInput);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const current = await getAdminEvent({ campaignId: input.campaignId, eventId: input.eventId });
  if (!current) return NOT_FOUND;
  const evidence = current.evidence.find((e) => e.replacedAt === null);
  const source = { sourceTitle: input.sourceTitle, sourcePublisher: input.sourcePublisher, sourceDate: input.sourceDate };
  let change: EvidenceChange = { action: "keep" };
  if (input.evidenceFile || (input.evidenceUrl && input.evidenceUrl !== (evidence?.url ?? ""))) {
    const prepared = await prepareEvidence({ source: input, file: input.evidenceFile });
    if (!prepared.ok) return evidenceFailed(prepared, formData);
    if (prepared.evidence) change = { action: "replace", evidence: prepared.evidence };
  } else if (!input.evidenceUrl && evidence?.kind !== "UPLOADED" && evidence) {
    change = { action: "remove" };
  } else if (evidence && (evidence.sourceTitle !== source.sourceTitle || evidence.sourcePublisher !== source.sourcePublisher || evidence.sourceDate !== source.sourceDate)) {
    change = { action: "relabel", source };
  }
  const result = await correctTrackerEvent({ input, evidence: change, actor: parsed.viewer });
  if (!result.ok) return refusal(result, formData);
  refreshPublicPages();
  redirect(eventPage(formData, input.campaignId, input.eventId, "corrected"));
}

export async function retractTrackerEventAction(_previous: TrackerState, formData: FormData): Promise<TrackerState> {
  const parsed = await staffInput("tracker:write", formData, eventRetractionInput);
  if (!parsed.ok) return parsed;
  const result = await retractTrackerEvent({ ...parsed.data, actor: parsed.viewer });
  if (!result.ok) return refusal(result, formData);
  refreshPublicPages();
  redirect(eventPage(formData, parsed.data.campaignId, parsed.data.eventId, "retracted"));
}

export async function verifyEvidenceAction(_previous: TrackerState, formData: FormData): Promise<TrackerState> {
  const viewer = await viewerWith("evidence:verify");
  const parsed = viewer && isForm(formData) ? evidenceVerificationInput.safeParse(formDataToObject(formData)) : null;
  if (!viewer || !parsed?.success) return NOT_FOUND;
  const result = await verifyEvidence({ ...parsed.data, actor: viewer });
  if (!result.ok) {
    if (result.error === "not_found") return NOT_FOUND;
    return fail(result.error === "own_evidence" ? "ownEvidence" : "alreadyVerified");
  }
  refreshPublicPages();
  redirect(eventPage(formData, parsed.data.campaignId, textField(formData, "eventId"), "verified"));
}
