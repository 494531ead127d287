// Remembers the answer for a key for a few milliseconds, per instance: however many requests
// ask meanwhile, the database is asked once. A failed answer is not kept.
export function ttlMemo<T>(ttlMs: number, load: (key: string) => Promise<T>, maxKeys = 10_000): (key: string) => Promise<T> {
  const recent = new Map<string, { at: number; value: Promise<T> }>();
  return (key) => {
    const now = Date.now();
    let entry = recent.get(key);
    if (!entry || now - entry.at > ttlMs) {
      entry = { at: now, value: load(key) };
      recent.set(key, entry);
      entry.value.catch(() => recent.delete(key));
      if (recent.size > maxKeys) recent.clear();
    }
    return entry.value;
  };
}
