// How long after a withdrawal each reader stops seeing a name: every reader polled at once,
// gone once three answers in a row no longer show it (a cache must not bring it back).
import type { Client } from "./http";

export type Reader = { label: string; url: string };

export async function timeUntilGone<R extends Reader>(client: Client, readers: R[], text: string, since: number, timeoutMs = 10_000): Promise<(R & { ms: number })[]> {
  return Promise.all(
    readers.map(async (reader) => {
      let firstGone: number | undefined;
      let inARow = 0;
      while (Date.now() - since < timeoutMs && inARow < 3) {
        if ((await client.request(reader.url)).body.includes(text)) {
          firstGone = undefined;
          inARow = 0;
        } else {
          firstGone ??= Date.now() - since;
          inARow += 1;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return { ...reader, ms: inARow >= 3 ? firstGone! : Infinity };
    }),
  );
}
