import { describe, expect, it } from "vitest";
import { derivePositions, type ChangeOnRecord } from "./derive-positions";

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const change = (id: string, target: string, status: ChangeOnRecord["status"], on: string, recorded = on, retracted = false): ChangeOnRecord => ({
  targetId: target,
  status,
  event: { id, occurredOn: day(on), createdAt: day(recorded), retractedAt: retracted ? day("2026-12-01") : null },
});

describe("derivePositions", () => {
  it("starts at No response recorded and follows the latest effective event by date, then by recording order", () => {
    const positions = derivePositions(
      ["a", "b", "c"],
      [
        change("e2", "a", "COMMITTED", "2021-03-01"),
        change("e1", "a", "ACKNOWLEDGED", "2021-01-01"),
        change("e3", "b", "ACKNOWLEDGED", "2021-02-01", "2021-02-01"),
        change("e4", "b", "REJECTED", "2021-02-01", "2021-02-02"),
        change("x", "someone-else", "ACHIEVED", "2021-01-01"),
      ],
    );
    expect(positions.get("a")).toMatchObject({ status: "COMMITTED", since: day("2021-03-01"), eventId: "e2" });
    expect(positions.get("a")!.history.map((s) => [s.from, s.to])).toEqual([
      ["NO_RESPONSE", "ACKNOWLEDGED"],
      ["ACKNOWLEDGED", "COMMITTED"],
    ]);
    expect(positions.get("b")).toMatchObject({ status: "REJECTED", eventId: "e4" });
    expect(positions.get("c")).toEqual({ status: "NO_RESPONSE", since: null, eventId: null, history: [] });
    expect(positions.has("someone-else")).toBe(false);
  });

  it("ignores retracted events, so a retraction moves the position back", () => {
    const record = [change("e1", "a", "ACKNOWLEDGED", "2021-01-01"), change("e2", "a", "COMMITTED", "2021-03-01", "2021-03-01", true)];
    expect(derivePositions(["a"], record).get("a")).toMatchObject({ status: "ACKNOWLEDGED", eventId: "e1" });
    expect(derivePositions(["a"], [change("e1", "a", "ACKNOWLEDGED", "2021-01-01", "2021-01-01", true)]).get("a")).toMatchObject({ status: "NO_RESPONSE", since: null });
  });
});
