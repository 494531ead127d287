// Small-cell suppression for aggregate exports. Pure, so that the rule can be tested on its own.
// The threshold is the one disclosure threshold (lib/server/disclosure/public-breakdown.ts).
import { DISCLOSURE_THRESHOLD } from "@/lib/server/disclosure/public-breakdown";

export type Cell = { campaign: string; day: string; country: string; count: number };
export type ShownCell = Omit<Cell, "count"> & { value: number | `<${typeof DISCLOSURE_THRESHOLD}` | "hidden" };

const BELOW = `<${DISCLOSURE_THRESHOLD}` as const;

/**
 * Hides every cell under the threshold ("<10"), then hides more cells ("hidden") so that the
 * hidden ones cannot be recovered by subtraction from totals that exist elsewhere:
 *  - per campaign and day: the staff chart shows signatures per day;
 *  - per campaign and country: the public campaign page shows each named country's total, and
 *    the total of "Other countries" once it reaches the threshold;
 *  - per campaign: the public count.
 * If such a group had exactly one hidden cell, its total minus the shown cells would be that
 * cell. So, until nothing changes, any group with exactly one hidden cell also hides its smallest
 * shown cell (complementary suppression). The file itself carries no totals or subtotals.
 *
 * A hidden cell alone in its group cannot be protected by hiding more of that group: e.g. a day
 * on which all signers came from one country and were fewer than 10 — the staff chart shows that
 * day's total, which is then that cell. This remains visible to staff (who hold both views), not
 * to the public; complementary cells are marked "hidden" (they are 10 or more), not "<10".
 */
export function suppressSmallCells(cells: Cell[]): ShownCell[] {
  const hidden = cells.map((cell) => cell.count < DISCLOSURE_THRESHOLD);
  const primary = [...hidden];
  const groups = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const members = groups.get(key);
    if (members) members.push(index);
    else groups.set(key, [index]);
  };
  cells.forEach((cell, index) => {
    add(`day\0${cell.campaign}\0${cell.day}`, index);
    add(`country\0${cell.campaign}\0${cell.country}`, index);
    add(`campaign\0${cell.campaign}`, index);
  });

  for (let changed = true; changed; ) {
    changed = false;
    for (const members of groups.values()) {
      if (members.filter((i) => hidden[i]).length !== 1) continue;
      const shown = members.filter((i) => !hidden[i]);
      if (shown.length === 0) continue;
      // The smallest shown cell costs the least information; ties resolve in the cells' order.
      const smallest = shown.reduce((a, b) => (cells[b]!.count < cells[a]!.count ? b : a));
      hidden[smallest] = true;
      changed = true;
    }
  }

  return cells.map((cell, i) => ({
    campaign: cell.campaign,
    day: cell.day,
    country: cell.country,
    value: primary[i] ? BELOW : hidden[i] ? "hidden" : cell.count,
  }));
}
