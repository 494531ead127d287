// How long after a withdrawal each reader could still see a name: every reader polled at once,
// until half a second of answers in a row no longer show it (a cache must not bring it back).
// Two figures per reader: the last request that still got the name, by when it was sent
// (what the promise is about: nobody asking later than that sees it), and when the first
// answer without it arrived (the new page may still have had to be rendered).
import type { Client } from "./http";

export type Reader = { label: string; url: string };
export type Gone = { lastShownSentMs: number; firstGoneMs: number };

export async function timeUntilGone<R extends Reader>(client: Client, readers: R[], text: string, since: number, timeoutMs = 10_000): Promise<(R & Gone)[]> {
  return Promise.all(
    readers.map(async (reader) => {
      let lastShownSentMs = 0;
      let goneSince: number | undefined;
      let firstGoneMs = Infinity;
      while (Date.now() - since < timeoutMs && (goneSince === undefined || Date.now() - goneSince < 500)) {
        const sent = Date.now();
        const shows = (await client.request(reader.url)).body.includes(text);
        if (shows) {
          lastShownSentMs = sent - since;
          goneSince = undefined;
          firstGoneMs = Infinity;
        } else if (goneSince === undefined) {
          goneSince = Date.now();
          firstGoneMs = goneSince - since;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return { ...reader, lastShownSentMs: goneSince === undefined ? Infinity : lastShownSentMs, firstGoneMs };
    }),
  );
}

export const describeGone = (g: Gone, seconds: (ms: number) => string) =>
  Number.isFinite(g.lastShownSentMs)
    ? `last asked-for copy with the name requested ${seconds(g.lastShownSentMs)} after the withdrawal; first answer without it ${seconds(g.firstGoneMs)} after`
    : "still shown after 10 s";
