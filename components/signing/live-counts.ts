// Counts a signer's own action just learnt (signing, withdrawing), handed to the campaign's
// count on the same page at once: the action's answer carries the count, so no new render of
// the page is needed to show it.
type Listener = (count: number) => void;

const listeners = new Map<string, Set<Listener>>();

export function publishCount(slug: string, count: number): void {
  for (const listener of listeners.get(slug) ?? []) listener(count);
}

/** Calls `listener` with each count published for `slug`; returns the unsubscribe. */
export function onPublishedCount(slug: string, listener: Listener): () => void {
  const set = listeners.get(slug) ?? new Set<Listener>();
  listeners.set(slug, set);
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(slug);
  };
}
