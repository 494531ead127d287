// Work that must finish before the process exits (the email being sent: docs/decisions/004).
// The app registers it from instrumentation.ts, inside Next's bundles; server.ts runs it when told
// to stop. Each bundle has its own copy of this module, so the list lives on the process
// (globalThis, under a registered symbol): the one thing both sides must share, and only for
// shutting down.
type Task = () => Promise<void>;

const KEY = Symbol.for("campaign-tracker.shutdown-tasks");
const holder = globalThis as typeof globalThis & { [KEY]?: Task[] };

export function runBeforeShutdown(task: Task): void {
  (holder[KEY] ??= []).push(task);
}

/** Runs every registered task to its end, or until `maxWaitMs` has passed. */
export async function runShutdownTasks(maxWaitMs: number): Promise<void> {
  const tasks = holder[KEY]?.splice(0) ?? [];
  const all = Promise.allSettled(
    tasks.map((task) => task().catch((error: unknown) => console.error("shutdown: stopping background work failed", error))),
  );
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)));
  await Promise.race([all, deadline]);
  clearTimeout(timer);
}
