import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import type { Viewer } from "@/lib/server/auth/sessions";
import { campaignInput, type CampaignFormValues } from "@/lib/validation/campaign";
import { setCommentHidden } from "./moderation";
import { saveCampaign } from "./save-campaign";
import { setUserRole } from "./users";

const blank = { title: "", summary: "", body: "" };
const form = (overrides: Partial<CampaignFormValues> = {}): CampaignFormValues => ({
  slug: "new-demand",
  locale: "en",
  text: { en: { title: "A demand", summary: "In short", body: "## Body" }, ug: { title: "تەلەپ", summary: "قىسقىچە", body: "تېكىست" }, tr: blank },
  goal: "500",
  opensAt: "",
  closesAt: "",
  status: "DRAFT",
  sourceUrl: "",
  sourceTitle: "",
  sourcePublisher: "",
  sourceDate: "",
  ...overrides,
});
const errorsOf = (values: unknown) => {
  const parsed = campaignInput.safeParse(values);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

let editor: Viewer;
const auditCount = () => db.auditLog.count();

describe("campaign input", () => {
  it("gives field errors for bad input", () => {
    expect(errorsOf(form({ slug: "Not A Slug!" }))).toMatchObject({ slug: "slugInvalid" });
    expect(errorsOf(form({ goal: "0" }))).toMatchObject({ goal: "goalInvalid" });
    expect(errorsOf(form({ goal: "-5" }))).toMatchObject({ goal: "goalInvalid" });
    expect(errorsOf(form({ opensAt: "2027-02-01", closesAt: "2027-01-01" }))).toMatchObject({ closesAt: "closesBeforeOpens" });
    expect(errorsOf(form({ sourceUrl: "javascript:alert(1)" }))).toMatchObject({ sourceUrl: "urlInvalid" });
    expect(errorsOf(form({ text: { en: { title: "T", summary: "S", body: "x".repeat(50_001) }, ug: blank, tr: blank } }))).toMatchObject({ "text.en.body": "tooLong" });
    expect(errorsOf(form({ text: { en: { title: "T", summary: "S", body: "B" }, ug: { title: "Only a title", summary: "", body: "" }, tr: blank } }))).toMatchObject({
      "text.ug.summary": "translationIncomplete",
    });
    expect(errorsOf(form())).toEqual({});
  });

  it("needs a source title once anything about the source is given, and a date as precise as known", () => {
    expect(errorsOf(form({ sourcePublisher: "ANI" }))).toMatchObject({ sourceTitle: "required" });
    for (const sourceDate of ["2024", "2024-01", "2024-01-19"]) expect(errorsOf(form({ sourceTitle: "Release", sourceDate }))).toEqual({});
    for (const sourceDate of ["24", "2024-13", "2024-02-30", "January 2024"]) {
      expect(errorsOf(form({ sourceTitle: "Release", sourceDate })), sourceDate).toMatchObject({ sourceDate: "partialDateInvalid" });
    }
  });
});

describe("saving campaigns", () => {
  beforeEach(async () => {
    await resetDatabase();
    const user = await db.user.create({ data: { email: "editor@example.org", role: "EDITOR" } });
    editor = { id: user.id, email: user.email, role: "EDITOR", signedInAt: new Date() };
  });

  it("creates a draft with its translation and source, and records it", async () => {
    const before = await auditCount();
    const source = { sourceTitle: "A release", sourcePublisher: "A publisher", sourceDate: "2024-01" };
    const result = await saveCampaign({ input: campaignInput.parse(form({ status: "OPEN", ...source })), actor: editor });
    expect(result.ok).toBe(true);
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: "new-demand" }, include: { translations: true } });
    expect(campaign.status).toBe("DRAFT");
    expect(campaign.translations.map((t) => [t.locale, t.title])).toEqual([["ug", "تەلەپ"]]);
    expect(campaign).toMatchObject(source);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: campaign.id } });
    expect(entry).toMatchObject({ action: "campaign.create", actorEmail: "editor@example.org", before: null });
    expect(entry.after).toMatchObject({ slug: "new-demand", status: "DRAFT" });
    expect(await auditCount()).toBe(before + 1);
  });

  it("refuses a duplicate slug and saves nothing", async () => {
    await saveCampaign({ input: campaignInput.parse(form()), actor: editor });
    const before = { campaigns: await db.campaign.count(), audit: await auditCount() };
    const result = await saveCampaign({ input: campaignInput.parse(form({ text: { en: { title: "Other", summary: "S", body: "B" }, ug: blank, tr: blank } })), actor: editor });
    expect(result).toEqual({ ok: false, error: "conflict", fieldErrors: { slug: "slugTaken" } });
    expect({ campaigns: await db.campaign.count(), audit: await auditCount() }).toEqual(before);
  });

  it("allows only the listed status moves, and records before and after", async () => {
    const created = await saveCampaign({ input: campaignInput.parse(form()), actor: editor });
    if (!created.ok) throw new Error("not created");
    const move = (status: CampaignFormValues["status"]) => saveCampaign({ id: created.id, input: campaignInput.parse(form({ status })), actor: editor });
    expect(await move("CLOSED")).toMatchObject({ ok: false, fieldErrors: { status: "statusMove" } });
    expect((await move("OPEN")).ok).toBe(true);
    expect((await move("ACHIEVED")).ok).toBe(true);
    expect(await move("OPEN")).toMatchObject({ ok: false });
    expect((await move("ARCHIVED")).ok).toBe(true);
    const entries = await db.auditLog.findMany({ where: { entityId: created.id, action: "campaign.update" }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => [(e.before as { status: string }).status, (e.after as { status: string }).status])).toEqual([
      ["DRAFT", "OPEN"],
      ["OPEN", "ACHIEVED"],
      ["ACHIEVED", "ARCHIVED"],
    ]);
  });
});

describe("people and moderation", () => {
  beforeEach(resetDatabase);

  it("grants roles by address without telling whether the account existed, and keeps one admin", async () => {
    const admin = await db.user.create({ data: { email: "admin@example.org", role: "ADMIN" } });
    const actor: Viewer = { id: admin.id, email: admin.email, role: "ADMIN", signedInAt: new Date() };
    expect(await setUserRole({ email: "new@example.org", role: "EDITOR", actor })).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { email: "new@example.org" } })).role).toBe("EDITOR");
    expect(await setUserRole({ email: "admin@example.org", role: "SUPPORTER", actor })).toEqual({ ok: false, error: "last_admin" });
    expect(await db.auditLog.count({ where: { action: "user.role", actorId: admin.id } })).toBe(1);
  });

  it("hides and shows public comments only", async () => {
    const admin = await db.user.create({ data: { email: "mod@example.org", role: "EDITOR" } });
    const actor: Viewer = { id: admin.id, email: admin.email, role: "EDITOR", signedInAt: new Date() };
    const c = await db.campaign.create({ data: { slug: "c", status: "OPEN", title: "T", summary: "S", body: "B", goal: 10 } });
    const signer = await db.user.create({ data: { email: "s@example.org" } });
    const sig = await db.signature.create({ data: { campaignId: c.id, userId: signer.id, showName: true, displayName: "N", comment: "rude" } });
    expect(await setCommentHidden({ signatureId: sig.id, campaignId: c.id, hidden: true, actor })).toEqual({ ok: true });
    expect((await db.signature.findUniqueOrThrow({ where: { id: sig.id } })).commentHidden).toBe(true);
    expect(await setCommentHidden({ signatureId: sig.id, campaignId: "another", hidden: false, actor })).toMatchObject({ ok: false });
  });
});

describe("the audit log", () => {
  it("can only be appended to", async () => {
    const entry = await db.auditLog.create({ data: { actorEmail: "a@example.org", action: "test", entityType: "Test" } });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
  });
});
