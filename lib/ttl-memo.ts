// Remembers the answer for a key for a few milliseconds, per instance: however many requests
// ask meanwhile, the database is asked once. A failed answer is not kept.
export function ttlMemo<T>(ttlMs: number, load: (key: string) => Promise<T>, maxKeys = 10_000): (key: string) => Promise<T> {
  const recent = ttlMemoNow(ttlMs, load, maxKeys);
  return (key) => recent.promise(key);
}

export type MemoNow<T> = {
  /** The answer itself once it has arrived and while it is fresh; a promise of it otherwise. */
  (key: string): T | Promise<T>;
  /** The same answer, always as a promise. */
  promise: (key: string) => Promise<T>;
};

type Entry<T> = { at: number; value: Promise<T>; arrived: boolean; answer: T | undefined };

// The same memo, for the hottest reads (the count a crowd polls): an answer that has arrived is
// handed back as it is, not wrapped in a promise, so the caller can answer in the same turn
// without awaiting anything (an await costs a promise, and Next's async context tracking makes
// each one several times dearer: docs/decisions/019-count-fast-path.md).
export function ttlMemoNow<T>(ttlMs: number, load: (key: string) => Promise<T>, maxKeys = 10_000): MemoNow<T> {
  const recent = new Map<string, Entry<T>>();
  const entryFor = (key: string): Entry<T> => {
    const now = Date.now();
    let entry = recent.get(key);
    if (!entry || now - entry.at > ttlMs) {
      const fresh: Entry<T> = { at: now, value: load(key), arrived: false, answer: undefined };
      recent.set(key, fresh);
      fresh.value.then(
        (answer) => {
          fresh.answer = answer;
          fresh.arrived = true;
        },
        () => {
          if (recent.get(key) === fresh) recent.delete(key);
        },
      );
      if (recent.size > maxKeys) recent.clear();
      entry = fresh;
    }
    return entry;
  };
  const now = ((key: string) => {
    const entry = entryFor(key);
    return entry.arrived ? (entry.answer as T) : entry.value;
  }) as MemoNow<T>;
  now.promise = (key) => entryFor(key).value;
  return now;
}
