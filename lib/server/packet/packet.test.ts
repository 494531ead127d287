import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { buildPacket } from "./build-packet";

const dir = mkdtempSync(path.join(tmpdir(), "packet-"));

// The PDF's text layer as a reader (or a search) gets it, through poppler's pdftotext
// (Debian's poppler-utils, installed by .ci/run).
function pdfText(pdf: Buffer, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

let serial = 0;
async function sign(campaignId: string, n: number, country: string | null, extra: { showName?: boolean; displayName?: string; comment?: string; commentHidden?: boolean } = {}) {
  for (let i = 0; i < n; i++) {
    const user = await db.user.create({ data: { email: `packet-${serial++}@example.org` } });
    await db.signature.create({ data: { campaignId, userId: user.id, country, ...extra } });
  }
  await db.signatureCounterShard.upsert({
    where: { campaignId_country_shard: { campaignId, country: country ?? "", shard: serial % 16 } },
    create: { campaignId, country: country ?? "", shard: serial % 16, count: n },
    update: { count: { increment: n } },
  });
}

const TITLE_EN = "Appoint a Special Coordinator for East Turkistani Affairs";
const TITLE_UG = "شەرقىي تۈركىستان ئىشلىرى بويىچە ئالاھىدە كوئوردىناتور تەيىنلەنسۇن";

async function seedCampaign() {
  const campaign = await db.campaign.create({
    data: {
      slug: "packet-demand",
      status: "OPEN",
      title: TITLE_EN,
      summary: "A coordinator in the State Department.",
      body: "## Why\n\nThe **demand** is [explained here](https://example.org/why).\n\n- one\n- two",
      goal: 1000,
      translations: { create: { locale: "ug", title: TITLE_UG, summary: "تاشقى ئىشلار مىنىستىرلىكىدە بىر كوئوردىناتور.", body: "تەلەپ (ئاساسىي) 2024-يىلى." } },
    },
  });
  const secretary = await db.decisionMaker.create({ data: { name: "Secretary of State", institution: "US Department of State" } });
  const minister = await db.decisionMaker.create({ data: { name: "Other Minister", institution: "Other Ministry" } });
  const targets = await Promise.all(
    [secretary, minister].map((dm, position) => db.campaignTarget.create({ data: { campaignId: campaign.id, decisionMakerId: dm.id, position } })),
  );
  await db.campaignEvent.create({
    data: {
      campaignId: campaign.id,
      occurredOn: new Date("2021-01-19"),
      title: "Genocide determination",
      changes: { create: { targetId: targets[0]!.id, status: "ACKNOWLEDGED" } },
      evidence: { create: { kind: "FETCHED", url: "https://example.org/evidence", sha256: "ab".repeat(32), size: 10, contentType: "text/html", archivedAt: new Date() } },
    },
  });
  await sign(campaign.id, 12, "DE");
  await sign(campaign.id, 3, "KZ");
  await sign(campaign.id, 1, "SE", { showName: true, displayName: "Named Signer", comment: "Please act now" });
  await sign(campaign.id, 1, "SE", { showName: true, displayName: "Quiet Named", comment: "hidden words", commentHidden: true });
  await sign(campaign.id, 1, "SE", { showName: false, displayName: "Secret Person", comment: "private words" });
  return { ...campaign, targets };
}

describe("delivery packet", () => {
  beforeEach(resetDatabase);

  it("prints the demand, the count, countries under the disclosure rule and only the names signers chose to show", async () => {
    const campaign = await seedCampaign();
    const packet = await buildPacket({ campaignId: campaign.id, locale: "en" });
    expect(packet).not.toBeNull();
    expect(packet!.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(packet!.pdf, "en.pdf").replace(/\s+/g, " ");
    expect(text).toContain(TITLE_EN);
    expect(text).toContain("18 signatures");
    expect(text).toContain("Germany: 12");
    expect(text).toContain("Secretary of State");
    expect(text).toContain("Genocide determination");
    expect(text).toContain("Secretary of State: now Acknowledged");
    expect(text).toContain(`SHA-256 of the archived copy: ${"ab".repeat(32)}`);
    expect(text).toContain("explained here (https://example.org/why)");
    expect(text).toContain("Named Signer");
    expect(text).toContain("Please act now");
    expect(text).toContain("Quiet Named");
    // A country under 10 is never named; nor is anyone who did not choose to be, nor a hidden comment.
    expect(text).not.toMatch(/Kazakhstan|Sweden/);
    expect(text).not.toMatch(/Secret Person|private words|hidden words/);
    // 3 (KZ) + 3 (SE) are under 10 together: no "Other countries" line yet.
    expect(text).not.toContain("Other countries:");
  });

  it("is shaped and set right to left in Uyghur, with the title in its text layer", async () => {
    const campaign = await seedCampaign();
    const packet = await buildPacket({ campaignId: campaign.id, locale: "ug" });
    const text = pdfText(packet!.pdf, "ug.pdf").replace(/\s+/g, " ");
    // Each line carries its text as ActualText; poppler prints right-to-left text reversed.
    const reversed = [...TITLE_UG].reverse().join("");
    const words = (s: string) => s.split(" ");
    expect(words(TITLE_UG).every((w) => text.includes(w)) || words(reversed).every((w) => text.includes(w))).toBe(true);
  });

  it("can be made for one decision maker, and not for another campaign's", async () => {
    const campaign = await seedCampaign();
    const [first, second] = campaign.targets;
    expect(first).toBeDefined();
    const one = await buildPacket({ campaignId: campaign.id, locale: "en", targetId: second!.id });
    const text = pdfText(one!.pdf, "one.pdf").replace(/\s+/g, " ");
    expect(text).toContain("Delivery packet for Other Minister");
    expect(text).not.toContain("Secretary of State");
    expect(text).not.toContain("Genocide determination");
    const other = await db.campaign.create({ data: { slug: "other", status: "OPEN", title: "Other", summary: "s", body: "b", goal: 1 } });
    expect(await buildPacket({ campaignId: other.id, locale: "en", targetId: first!.id })).toBeNull();
    expect(await buildPacket({ campaignId: "missing", locale: "en" })).toBeNull();
  });
});
