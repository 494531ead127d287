import { describe, expect, it } from "vitest";
import { decodePendingSignature, encodePendingSignature } from "./pending-signature";

const values = { showName: true, displayName: "Gulnar", comment: "For my family", country: "SE", follow: false };

describe("the pending-signature cookie", () => {
  it("gives back what the form held, for that campaign, for an hour", () => {
    const cookie = encodePendingSignature("release-them", values);
    expect(decodePendingSignature(cookie, "release-them")).toEqual(values);
    expect(decodePendingSignature(cookie, "another-campaign")).toBeNull();
    expect(decodePendingSignature(cookie, "release-them", Date.now() + 61 * 60_000)).toBeNull();
  });

  it("is worth nothing made up or changed: it is signed", () => {
    const cookie = encodePendingSignature("release-them", values);
    const [payload = ""] = cookie.split(".");
    const forgedPayload = Buffer.from(JSON.stringify({ slug: "release-them", values: { ...values, displayName: "Someone else" }, exp: Date.now() + 60_000 })).toString("base64url");
    for (const forged of ["x", "1", `${payload}.`, `${forgedPayload}.${cookie.split(".")[1]}`, `${payload}.${"A".repeat(43)}`, Buffer.from(JSON.stringify({ slug: "release-them", values })).toString("base64url")]) {
      expect(decodePendingSignature(forged, "release-them"), forged.slice(0, 30)).toBeNull();
    }
  });
});
