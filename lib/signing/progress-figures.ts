// What a count shows against its goal, the same in the server's markup and in the light pages'
// live count (lib/light/live-count.ts), so that a refreshed figure reads as a rendered one.
export function progressFigures(count: number, goal: number) {
  return { percent: goal > 0 ? Math.min(100, Math.floor((count / goal) * 100)) : 0, valueNow: Math.min(count, goal) };
}
