import type { ServerResponse } from "node:http";

// Next answers a render or a route handler that throws with a 500 of its own (an error page, or
// an empty body). When the cause is the database going away, that must be a 503 with
// Retry-After instead (docs/decisions/010). A step cannot see this coming: the request looked
// fine, and only Next's rendering found out. So the response Next writes to is watched: while
// its status is below 500 everything passes straight through; a 5xx is held back (head and
// body) until Next ends it, then `decide` says whether to replace it or let it go out as it was.
type Chunk = { chunk: unknown; encoding?: BufferEncoding };
type Callback = (error?: Error | null) => void;

export type ServerErrorGuard = {
  /** True when the held 5xx should be replaced (the database is away). */
  decide: () => Promise<boolean>;
  /** Writes the replacement on a response whose headers have been cleared. */
  replace: (res: ServerResponse) => void;
};

export function guardServerErrors(res: ServerResponse, { decide, replace }: ServerErrorGuard): void {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  const flushHeaders = res.flushHeaders;
  let mode: "open" | "pass" | "hold" = "open";
  let head: unknown[] | undefined;
  const chunks: Chunk[] = [];

  const holding = (status: number) => {
    if (mode === "open") mode = status >= 500 ? "hold" : "pass";
    return mode === "hold";
  };
  const restore = () => {
    res.writeHead = writeHead;
    res.write = write;
    res.end = end;
    res.flushHeaders = flushHeaders;
  };

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (!holding(status)) return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
    head = [status, ...rest];
    return this;
  } as ServerResponse["writeHead"];

  res.flushHeaders = function (this: ServerResponse) {
    if (!holding(this.statusCode)) flushHeaders.call(this);
  };

  res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (!holding(this.statusCode)) return (write as (...args: unknown[]) => boolean).apply(this, [chunk, encoding, callback].filter((a) => a !== undefined));
    const cb = [encoding, callback].find((a): a is Callback => typeof a === "function");
    chunks.push({ chunk, encoding: typeof encoding === "string" ? (encoding as BufferEncoding) : undefined });
    if (cb) process.nextTick(cb);
    return true;
  } as ServerResponse["write"];

  res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (!holding(this.statusCode)) return (end as (...args: unknown[]) => ServerResponse).apply(this, [chunk, encoding, callback].filter((a) => a !== undefined));
    const cb = [chunk, encoding, callback].find((a): a is Callback => typeof a === "function");
    if (chunk !== undefined && typeof chunk !== "function") chunks.push({ chunk, encoding: typeof encoding === "string" ? (encoding as BufferEncoding) : undefined });
    restore();
    const release = () => {
      (writeHead as (...args: unknown[]) => ServerResponse).apply(res, head ?? [res.statusCode]);
      for (const { chunk: data, encoding: enc } of chunks) (write as (...args: unknown[]) => boolean).call(res, data, enc ?? "utf8");
      (end as (...args: unknown[]) => ServerResponse).apply(res, cb ? [cb] : []);
    };
    decide().then(
      (replaceIt) => {
        if (res.destroyed) return;
        if (!replaceIt) return release();
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.statusCode = 200;
        replace(res);
        cb?.();
      },
      () => release(),
    );
    return this;
  } as ServerResponse["end"];
}
