// A value read from the database that every instance must agree on within a second (a
// campaign's version: a withdrawn name must leave every instance's pages within a second), yet
// that must not cost a query per request, and must outlive the database going away.
//
// - An answer younger than `freshMs` is used as it is: one query per key per `freshMs`.
// - An older one, still younger than `patienceMs`, is used while a fresh one is fetched in the
//   background, so a busy page never waits on it.
// - Older than that, the request waits for the fresh answer: past `patienceMs` nothing old is
//   served while the database answers.
// - When the database cannot be reached (`isOutage`), the last answer is used however old it is
//   (nothing can change while the database is away) and asked again at most every `retryMs`.
// A key never answered before has nothing to fall back on: its failure is the caller's.
type Entry<T> = { value: T; at: number };

export type FreshMemoOptions<T> = {
  load: (key: string) => Promise<T>;
  isOutage: (error: unknown) => boolean;
  freshMs?: number;
  patienceMs?: number;
  retryMs?: number;
  /** Answers worth keeping through an outage; others (e.g. "no such campaign") may be dropped first. */
  keep?: (value: T) => boolean;
  /** Answers never served from memory while the database answers: each ask reads again (one read
   * at a time per key). "No such campaign" is one: a campaign just published must not be a 404
   * for the half second an earlier answer would otherwise be served. */
  confirm?: (value: T) => boolean;
  maxKeys?: number;
  now?: () => number;
};

export function freshMemo<T>({
  load,
  isOutage,
  freshMs = 200,
  patienceMs = 1_000,
  retryMs = 1_000,
  keep = () => true,
  confirm = () => false,
  maxKeys = 10_000,
  now = () => Date.now(),
}: FreshMemoOptions<T>): (key: string) => Promise<T> {
  const known = new Map<string, Entry<T>>();
  const loading = new Map<string, Promise<T>>();
  let awayUntil = 0;

  function remember(key: string, value: T) {
    known.set(key, { value, at: now() });
    if (known.size <= maxKeys) return;
    for (const [k, entry] of known) if (!keep(entry.value)) known.delete(k);
    if (known.size > maxKeys) known.clear();
  }

  function refresh(key: string): Promise<T> {
    let pending = loading.get(key);
    if (!pending) {
      pending = load(key).then(
        (value) => {
          awayUntil = 0;
          remember(key, value);
          return value;
        },
        (error: unknown) => {
          if (isOutage(error)) awayUntil = now() + retryMs;
          throw error;
        },
      );
      const settled = () => void loading.delete(key);
      pending.then(settled, settled);
      loading.set(key, pending);
    }
    return pending;
  }

  const inBackground = (key: string) => {
    if (!loading.has(key)) refresh(key).catch(() => {});
  };

  return async (key) => {
    const entry = known.get(key);
    // A clock stepped backwards makes an answer's age negative: count it as old.
    const age = entry && now() >= entry.at ? now() - entry.at : Infinity;
    const confirming = entry !== undefined && confirm(entry.value);
    if (entry && age < freshMs && !confirming) return entry.value;
    if (entry && awayUntil !== 0) {
      // The database was away at the last attempt: answer from memory, try again now and then.
      if (now() >= awayUntil) inBackground(key);
      return entry.value;
    }
    if (entry && age < patienceMs && !confirming) {
      inBackground(key);
      return entry.value;
    }
    try {
      return await refresh(key);
    } catch (error) {
      if (entry && isOutage(error)) return entry.value;
      throw error;
    }
  };
}
