import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import type { Viewer } from "@/lib/server/auth/sessions";
import { trackerEventInput, eventCorrectionInput, eventRetractionInput, REASON_MAX, type TrackerEventFormValues } from "@/lib/validation/tracker";
import { forEachLocale, LOCALES, otherLocales } from "@/lib/validation/locales";
import { saveDecisionMaker } from "@/lib/server/decision-makers/save-decision-maker";
import { setCampaignTargets } from "@/lib/server/decision-makers/set-campaign-targets";
import { loadCampaignTargets } from "./load-campaign-targets";
import { recordTrackerEvent } from "./record-tracker-event";
import { correctTrackerEvent } from "./correct-tracker-event";
import { retractTrackerEvent } from "./retract-tracker-event";
import { verifyEvidence } from "./verify-evidence";
import type { NewEvidence } from "./store-evidence";

const staff = async (email: string): Promise<Viewer> => {
  const user = await db.user.create({ data: { email, role: "EDITOR" } });
  return { id: user.id, email, role: "EDITOR", signedInAt: new Date() };
};

const archived = (text: string): NewEvidence => {
  const bytes = Buffer.from(text);
  return {
    kind: "FETCHED",
    url: "https://example.org/letter",
    sourceTitle: "A letter",
    sourcePublisher: "A ministry",
    sourceDate: "2026-03-01",
    archive: { bytes, sha256: createHash("sha256").update(bytes).digest("hex"), contentType: "text/html", size: bytes.length, finalUrl: "https://example.org/letter", archivedAt: new Date(), fileName: null },
  };
};

async function campaignWith(slug: string, names: string[]) {
  const campaign = await db.campaign.create({ data: { slug, status: "OPEN", title: `Demand ${slug}`, summary: "s", body: "b", goal: 10 } });
  const targets = [];
  for (const name of names) {
    const dm = await db.decisionMaker.create({ data: { name, institution: "Institution" } });
    targets.push(await db.campaignTarget.create({ data: { campaignId: campaign.id, decisionMakerId: dm.id } }));
  }
  return { campaign, targets };
}

const input = (values: Partial<TrackerEventFormValues> & { campaignId: string }) =>
  trackerEventInput.parse({ occurredOn: "2026-03-01", title: "Letter answered", body: "", evidenceUrl: "https://example.org/letter", sourceTitle: "", sourcePublisher: "", sourceDate: "", positions: {}, ...values });

const positions = async (campaignId: string) => Object.fromEntries((await loadCampaignTargets({ campaignIds: [campaignId], locale: "en" })).map((t) => [t.decisionMaker.name, t.status]));

let recorder: Viewer;
let second: Viewer;

describe("the tracker's record", () => {
  beforeEach(async () => {
    await resetDatabase();
    recorder = await staff("recorder@example.org");
    second = await staff("second@example.org");
  });

  it("moves positions only through events, only on the campaign's own decision makers, and only with evidence", async () => {
    const { campaign, targets } = await campaignWith("own", ["Minister", "Parliament"]);
    const other = await campaignWith("other", ["Foreign minister"]);
    const before = (await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).updatedAt;

    const foreign = await recordTrackerEvent({ input: input({ campaignId: campaign.id, positions: { [other.targets[0]!.id]: "ACHIEVED" } }), evidence: archived("x"), actor: recorder });
    expect(foreign).toEqual({ ok: false, error: "conflict", fieldErrors: { [`positions.${other.targets[0]!.id}`]: "targetUnknown" } });
    // The form's schema already asks for evidence; the data function holds to it on its own.
    const bareValues = { ...input({ campaignId: campaign.id }), evidenceUrl: "", positions: { [targets[0]!.id]: "ACKNOWLEDGED" as const } };
    expect(trackerEventInput.safeParse(bareValues).error?.issues[0]).toMatchObject({ path: ["evidenceUrl"], message: "evidenceRequired" });
    const bare = await recordTrackerEvent({ input: bareValues, evidence: null, actor: recorder });
    expect(bare).toMatchObject({ ok: false, fieldErrors: { evidenceUrl: "evidenceRequired" } });
    expect(await db.campaignEvent.count()).toBe(0);

    const recorded = await recordTrackerEvent({ input: input({ campaignId: campaign.id, positions: { [targets[0]!.id]: "ACKNOWLEDGED" } }), evidence: archived("<p>yes</p>"), actor: recorder });
    expect(recorded.ok).toBe(true);
    expect(await positions(campaign.id)).toEqual({ Minister: "ACKNOWLEDGED", Parliament: "NO_RESPONSE" });
    expect(await positions(other.campaign.id)).toEqual({ "Foreign minister": "NO_RESPONSE" });
    // The public page is cached by version: the campaign moved to a new one.
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).updatedAt.getTime()).toBeGreaterThan(before.getTime());
    const evidence = await db.evidence.findFirstOrThrow({ include: { content: true } });
    expect(Buffer.from(evidence.content!.bytes).toString()).toBe("<p>yes</p>");
    expect(evidence.sha256).toBe(createHash("sha256").update("<p>yes</p>").digest("hex"));
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "tracker.add" } });
    expect(audit.before).toEqual({ positions: { [targets[0]!.id]: "NO_RESPONSE" } });
    expect(audit.after).toMatchObject({ changes: [{ targetId: targets[0]!.id, status: "ACKNOWLEDGED" }] });
  });

  it("keeps archived evidence as it was: the database refuses changed bytes or a changed hash", async () => {
    const { campaign } = await campaignWith("fixed", ["Minister"]);
    await recordTrackerEvent({ input: input({ campaignId: campaign.id }), evidence: archived("original"), actor: recorder });
    const evidence = await db.evidence.findFirstOrThrow();
    await expect(db.evidenceContent.update({ where: { evidenceId: evidence.id }, data: { bytes: new Uint8Array(Buffer.from("forged")) } })).rejects.toThrow(/cannot be changed/);
    await expect(db.evidence.update({ where: { id: evidence.id }, data: { sha256: "0".repeat(64) } })).rejects.toThrow(/cannot be changed/);
    await expect(db.evidence.update({ where: { id: evidence.id }, data: { url: "https://example.org/other" } })).rejects.toThrow(/cannot be changed/);
    const orphan = await db.evidence.create({ data: { eventId: evidence.eventId, kind: "UPLOADED", sha256: "a".repeat(64), size: 3, contentType: "text/plain", archivedAt: new Date() } });
    await expect(db.evidenceContent.create({ data: { evidenceId: orphan.id, bytes: new Uint8Array(Buffer.from("abc")) } })).rejects.toThrow(/does not match/);
  });

  it("lets a second staff member verify evidence, never the one who recorded it", async () => {
    const { campaign } = await campaignWith("verify", ["Minister"]);
    await recordTrackerEvent({ input: input({ campaignId: campaign.id }), evidence: archived("letter"), actor: recorder });
    const evidence = await db.evidence.findFirstOrThrow();
    expect(await verifyEvidence({ campaignId: campaign.id, evidenceId: evidence.id, actor: recorder })).toEqual({ ok: false, error: "own_evidence" });
    expect(await verifyEvidence({ campaignId: "another", evidenceId: evidence.id, actor: second })).toEqual({ ok: false, error: "not_found" });
    expect(await verifyEvidence({ campaignId: campaign.id, evidenceId: evidence.id, actor: second })).toEqual({ ok: true });
    expect(await verifyEvidence({ campaignId: campaign.id, evidenceId: evidence.id, actor: second })).toEqual({ ok: false, error: "already_verified" });
    expect(await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({ verifiedById: second.id });
    expect(await db.auditLog.count({ where: { action: "evidence.verify", actorId: second.id } })).toBe(1);
  });

  it("recomputes positions when an event is corrected or retracted, audits before and after, and refuses to change a retracted event", async () => {
    const { campaign, targets } = await campaignWith("fix", ["Minister"]);
    const minister = targets[0]!.id;
    const first = await recordTrackerEvent({ input: input({ campaignId: campaign.id, occurredOn: "2026-01-10", positions: { [minister]: "ACKNOWLEDGED" } }), evidence: archived("a"), actor: recorder });
    const later = await recordTrackerEvent({ input: input({ campaignId: campaign.id, occurredOn: "2026-02-10", positions: { [minister]: "COMMITTED" } }), evidence: archived("b"), actor: recorder });
    if (!first.ok || !later.ok) throw new Error("not recorded");
    expect(await positions(campaign.id)).toEqual({ Minister: "COMMITTED" });

    // Corrected: the later event was in fact before the first one.
    const correction = eventCorrectionInput.parse({ ...input({ campaignId: campaign.id, occurredOn: "2026-01-01", positions: { [minister]: "COMMITTED" } }), eventId: later.id, reason: "Wrong date", reasonTranslations: { ug: "چېسلا خاتا" } });
    expect((await correctTrackerEvent({ input: correction, evidence: { action: "keep" }, actor: second })).ok).toBe(true);
    expect(await positions(campaign.id)).toEqual({ Minister: "ACKNOWLEDGED" });
    const corrected = await db.eventCorrection.findFirstOrThrow({ where: { eventId: later.id }, include: { translations: true } });
    expect(corrected).toMatchObject({ kind: "CORRECTED", reason: "Wrong date", actorId: second.id });
    expect(corrected.translations[0]).toMatchObject({ locale: "ug", reason: "چېسلا خاتا" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "tracker.correct" } });
    expect((audit.before as { occurredOn: string }).occurredOn).toMatch(/^2026-02-10/);
    expect(audit.after).toMatchObject({ reason: "Wrong date" });
    expect((audit.after as { occurredOn: string }).occurredOn).toMatch(/^2026-01-01/);

    // Retracting the first: the corrected one is all that is left.
    expect((await retractTrackerEvent({ campaignId: campaign.id, eventId: first.id, reason: "Not what happened", reasonTranslations: {}, actor: second })).ok).toBe(true);
    expect(await positions(campaign.id)).toEqual({ Minister: "COMMITTED" });
    expect(await retractTrackerEvent({ campaignId: campaign.id, eventId: first.id, reason: "again", reasonTranslations: {}, actor: second })).toMatchObject({ ok: false, error: "conflict" });
    const again = eventCorrectionInput.parse({ ...input({ campaignId: campaign.id }), eventId: first.id, reason: "x", reasonTranslations: {} });
    expect(await correctTrackerEvent({ input: again, evidence: { action: "keep" }, actor: second })).toMatchObject({ ok: false, fieldErrors: { reason: "eventRetracted" } });
    expect(await retractTrackerEvent({ campaignId: "another", eventId: later.id, reason: "x", reasonTranslations: {}, actor: second })).toEqual({ ok: false, error: "not_found" });
    expect(await db.auditLog.count({ where: { action: "tracker.retract" } })).toBe(1);
  });

  it("keeps one translation per other language of the routing, never one in the campaign's own, for events, corrections and retractions", async () => {
    const { campaign } = await campaignWith("languages", ["Minister"]);
    const others = otherLocales(campaign.locale);
    const byLocale = (rows: { locale: string }[]) => rows.map((r) => r.locale).sort();
    const translations = forEachLocale((l) => ({ title: `Title in ${l}`, body: `Details in ${l}` }));

    // Details without a title are refused in every language, as are control characters.
    for (const l of LOCALES) {
      const untitled = trackerEventInput.safeParse({ ...input({ campaignId: campaign.id }), translations: { [l]: { title: "", body: "Details" } } });
      expect(untitled.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([[`translations.${l}.title`, "translationTitleMissing"]]);
      const nul = trackerEventInput.safeParse({ ...input({ campaignId: campaign.id }), translations: { [l]: { title: "A\u0000B", body: "" } } });
      expect(nul.error?.issues[0]?.path).toEqual(["translations", l, "title"]);
      const long = eventRetractionInput.safeParse({ campaignId: campaign.id, eventId: "e", reason: "r", reasonTranslations: { [l]: "x".repeat(REASON_MAX + 1) } });
      expect(long.error?.issues[0]).toMatchObject({ path: ["reasonTranslations", l], message: "tooLong" });
    }

    const recorded = await recordTrackerEvent({ input: input({ campaignId: campaign.id, translations }), evidence: archived("a"), actor: recorder });
    if (!recorded.ok) throw new Error("not recorded");
    const stored = await db.campaignEventTranslation.findMany({ where: { eventId: recorded.id } });
    expect(byLocale(stored)).toEqual([...others].sort());
    for (const row of stored) expect(row).toMatchObject({ title: `Title in ${row.locale}`, body: `Details in ${row.locale}` });

    // A correction's translations become the form's: one emptied is gone, the reason is kept per language.
    const [dropped, ...kept] = others;
    const corrected = forEachLocale((l) => (l === dropped ? { title: "", body: "" } : { title: `Corrected in ${l}`, body: "" }));
    const reasons = forEachLocale((l) => `Reason in ${l}`);
    const correction = eventCorrectionInput.parse({ ...input({ campaignId: campaign.id, translations: corrected }), eventId: recorded.id, reason: "Better title", reasonTranslations: reasons });
    expect((await correctTrackerEvent({ input: correction, evidence: { action: "keep" }, actor: second })).ok).toBe(true);
    const after = await db.campaignEventTranslation.findMany({ where: { eventId: recorded.id } });
    expect(byLocale(after)).toEqual([...kept].sort());
    for (const row of after) expect(row.title).toBe(`Corrected in ${row.locale}`);
    const correctionRow = await db.eventCorrection.findFirstOrThrow({ where: { eventId: recorded.id }, include: { translations: true } });
    expect(byLocale(correctionRow.translations)).toEqual([...others].sort());

    await retractTrackerEvent({ campaignId: campaign.id, eventId: recorded.id, reason: "Wrong event", reasonTranslations: reasons, actor: second });
    const retraction = await db.eventCorrection.findFirstOrThrow({ where: { eventId: recorded.id, kind: "RETRACTED" }, include: { translations: true } });
    expect(retraction.translations.map((t) => [t.locale, t.reason]).sort()).toEqual(others.map((l) => [l, `Reason in ${l}`]).sort());
  });

  it("keeps replaced evidence for the record and points the event at the new one", async () => {
    const { campaign } = await campaignWith("replace", ["Minister"]);
    const recorded = await recordTrackerEvent({ input: input({ campaignId: campaign.id }), evidence: archived("old"), actor: recorder });
    if (!recorded.ok) throw new Error("not recorded");
    const correction = eventCorrectionInput.parse({ ...input({ campaignId: campaign.id }), eventId: recorded.id, reason: "Better source", reasonTranslations: {} });
    await correctTrackerEvent({ input: correction, evidence: { action: "replace", evidence: archived("new") }, actor: second });
    const rows = await db.evidence.findMany({ where: { eventId: recorded.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.replacedAt !== null, r.recordedById])).toEqual([
      [true, recorder.id],
      [false, second.id],
    ]);
    await correctTrackerEvent({ input: { ...correction, sourcePublisher: "Corrected publisher" }, evidence: { action: "relabel", source: { sourceTitle: "A letter", sourcePublisher: "Corrected publisher", sourceDate: "2026-03-01" } }, actor: second });
    const current = await db.evidence.findFirstOrThrow({ where: { eventId: recorded.id, replacedAt: null } });
    expect(current).toMatchObject({ sourcePublisher: "Corrected publisher", sha256: rows[1]!.sha256 });
  });

  it("emails followers who chose it when a position changes, through the outbox, once per change", async () => {
    const { campaign, targets } = await campaignWith("mail", ["Minister"]);
    const chose = await db.user.create({ data: { email: "chose@example.org" } });
    const didNot = await db.user.create({ data: { email: "didnot@example.org" } });
    const stopped = await db.user.create({ data: { email: "stopped@example.org" } });
    await db.follow.createMany({
      data: [
        { userId: chose.id, campaignId: campaign.id, positionEmails: true },
        { userId: didNot.id, campaignId: campaign.id },
        { userId: stopped.id, campaignId: campaign.id, positionEmails: true, unsubscribedAt: new Date() },
      ],
    });
    const noMove = await recordTrackerEvent({ input: input({ campaignId: campaign.id }), evidence: archived("a"), actor: recorder });
    expect(noMove).toMatchObject({ ok: true, emails: 0 });
    const moved = await recordTrackerEvent({ input: input({ campaignId: campaign.id, positions: { [targets[0]!.id]: "COMMITTED" } }), evidence: archived("b"), actor: recorder });
    expect(moved).toMatchObject({ ok: true, emails: 1 });
    const mail = await db.emailOutbox.findFirstOrThrow();
    expect(mail.to).toBe("chose@example.org");
    expect(mail.subject).toBe("An update for you");
    expect(mail.text).toContain("Minister: No response recorded → Committed");
    expect(mail.text).toContain("/campaigns/mail");
    expect(mail.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    if (!moved.ok) return;
    await retractTrackerEvent({ campaignId: campaign.id, eventId: moved.id, reason: "Mistake", reasonTranslations: {}, actor: second });
    expect(await db.emailOutbox.count({ where: { to: "chose@example.org" } })).toBe(2);
    expect(await db.emailOutbox.count({ where: { to: { in: ["didnot@example.org", "stopped@example.org"] } } })).toBe(0);
  });
});

describe("decision makers", () => {
  beforeEach(async () => {
    await resetDatabase();
    recorder = await staff("editor@example.org");
  });

  it("are shared records, written in every language, linked to campaigns, and stay linked while their position is on the record", async () => {
    const saved = await saveDecisionMaker({
      input: { locale: "en", text: { en: { name: "Minister", title: "", institution: "Ministry", jurisdiction: "Example" }, ug: { name: "مىنىستىر", title: "", institution: "مىنىستىرلىك", jurisdiction: "" }, tr: { name: "", title: "", institution: "", jurisdiction: "" } } },
      actor: recorder,
    });
    if (!saved.ok) throw new Error("not saved");
    const a = await db.campaign.create({ data: { slug: "a", status: "OPEN", title: "A", summary: "s", body: "b", goal: 1 } });
    const b = await db.campaign.create({ data: { slug: "b", status: "OPEN", title: "B", summary: "s", body: "b", goal: 1 } });
    expect(await setCampaignTargets({ campaignId: a.id, decisionMakerIds: [saved.id, "no-such-id"], actor: recorder })).toEqual({ ok: true });
    expect(await setCampaignTargets({ campaignId: b.id, decisionMakerIds: [saved.id], actor: recorder })).toEqual({ ok: true });
    expect(await db.campaignTarget.count({ where: { decisionMakerId: saved.id } })).toBe(2);
    const [ug] = await loadCampaignTargets({ campaignIds: [a.id], locale: "ug" });
    expect(ug?.decisionMaker).toMatchObject({ name: "مىنىستىر", lang: "ug" });

    const target = await db.campaignTarget.findFirstOrThrow({ where: { campaignId: a.id } });
    await recordTrackerEvent({ input: input({ campaignId: a.id, positions: { [target.id]: "ACKNOWLEDGED" } }), evidence: archived("x"), actor: recorder });
    expect(await setCampaignTargets({ campaignId: a.id, decisionMakerIds: [], actor: recorder })).toEqual({ ok: false, error: "conflict", kept: [saved.id] });
    expect(await setCampaignTargets({ campaignId: b.id, decisionMakerIds: [], actor: recorder })).toEqual({ ok: true });
    expect(await db.campaignTarget.findMany({ select: { campaignId: true } })).toEqual([{ campaignId: a.id }]);

    // An edit of the shared record is a new version of every campaign page that shows it.
    const before = (await db.campaign.findUniqueOrThrow({ where: { id: a.id } })).updatedAt;
    await saveDecisionMaker({ id: saved.id, input: { locale: "en", text: { en: { name: "Minister of Foreign Affairs", title: "", institution: "Ministry", jurisdiction: "" }, ug: { name: "", title: "", institution: "", jurisdiction: "" }, tr: { name: "", title: "", institution: "", jurisdiction: "" } } }, actor: recorder });
    expect((await db.campaign.findUniqueOrThrow({ where: { id: a.id } })).updatedAt.getTime()).toBeGreaterThan(before.getTime());
    expect(await db.decisionMakerTranslation.count({ where: { decisionMakerId: saved.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: saved.id } })).toBe(2);
  });
});
