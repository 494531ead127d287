import { describe, expect, it } from "vitest";
import { suppressSmallCells, type Cell } from "./suppress-cells";
import { toCsv } from "./export-counts";

const cell = (day: string, country: string, count: number, campaign = "c"): Cell => ({ campaign, day, country, count });
const values = (cells: Cell[]) => suppressSmallCells(cells).map((c) => `${c.day}/${c.country}=${c.value}`);

describe("suppressSmallCells", () => {
  it("hides every cell under 10 and shows the rest", () => {
    expect(values([cell("d1", "SE", 9), cell("d1", "DE", 10), cell("d2", "SE", 1), cell("d2", "DE", 50)])).toEqual([
      "d1/SE=<10",
      "d1/DE=hidden",
      "d2/SE=<10",
      "d2/DE=hidden",
    ]);
  });

  it("leaves no day, country or campaign with exactly one hidden cell where another could be hidden", () => {
    const cells = [
      cell("d1", "SE", 40),
      cell("d1", "DE", 30),
      cell("d1", "KZ", 2),
      cell("d2", "SE", 25),
      cell("d2", "DE", 35),
      cell("d2", "TR", 12),
      cell("d3", "SE", 50),
      cell("d3", "DE", 11),
    ];
    const shown = suppressSmallCells(cells);
    const groups = new Map<string, typeof shown>();
    for (const c of shown) {
      for (const key of [`day ${c.day}`, `country ${c.country}`, "campaign"]) groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    for (const [key, members] of groups) {
      const hidden = members.filter((m) => typeof m.value !== "number").length;
      if (members.length > 1) expect(hidden === 0 || hidden >= 2, key).toBe(true);
    }
    // Subtracting the shown cells from the day's total leaves at least two unknowns.
    expect(shown.find((c) => c.day === "d1" && c.country === "KZ")?.value).toBe("<10");
    expect(shown.filter((c) => c.day === "d1" && typeof c.value !== "number").length).toBeGreaterThanOrEqual(2);
  });

  it("hides nothing when every cell is 10 or more, and keeps campaigns apart", () => {
    expect(values([cell("d1", "SE", 10), cell("d1", "SE", 10, "other")])).toEqual(["d1/SE=10", "d1/SE=10"]);
  });
});

describe("toCsv", () => {
  it("quotes every field and defuses formulas", () => {
    const csv = toCsv([
      { campaign: '-a"b', day: "2026-01-01", country: "@X", value: "<10" },
      { campaign: "+1", day: "=2", country: "SE", value: 12 },
    ]);
    expect(csv).toBe(
      '"campaign","day","country","signatures"\r\n' + `"'-a""b","2026-01-01","'@X","<10"\r\n` + `"'+1","'=2","SE","12"\r\n`,
    );
  });
});
