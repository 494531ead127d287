import { describeDatabaseError, isDatabaseUnavailableError } from "@/lib/database-errors";
import type { Reachability } from "./reachability";

// During an outage every request that reaches the database fails, and Next logs each failure
// with a full trace (~20,000 lines per instance in 10 s, measured): the one line that says what
// happened is lost in them. So errors that mean "the database cannot be reached" are not
// written where they happen; the database's watcher checks at once and writes one line when
// the state changes (lib/front-door/reachability.ts), with how many it left out when it comes
// back. If the database answers the check after all (a dropped connection, not an outage), one
// short line at most every ten seconds says so. Every other error is written as before.
type Write = (...args: unknown[]) => void;

const BLIP_EVERY_MS = 10_000;

export function quietDatabaseErrors(reachability: Reachability, target: Pick<Console, "error" | "warn"> = console): () => void {
  const original = { error: target.error, warn: target.warn };
  let lastBlip = 0;

  const filter = (write: Write): Write =>
    function (...args: unknown[]) {
      const cause = args.find((arg) => isDatabaseUnavailableError(arg));
      if (cause === undefined) return write.apply(target, args);
      reachability.countQuieted();
      if (reachability.isUnreachable()) return;
      void reachability.check().then((state) => {
        if (state !== "reachable" || Date.now() - lastBlip < BLIP_EVERY_MS) return;
        lastBlip = Date.now();
        original.warn.call(target, `${reachability.name}: a request lost its connection (${describeDatabaseError(cause)}), but the database answers`);
      });
    };

  target.error = filter(original.error);
  target.warn = filter(original.warn);
  return () => {
    target.error = original.error;
    target.warn = original.warn;
  };
}
