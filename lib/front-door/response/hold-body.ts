import type { OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { adoptHeaders } from "./on-response-head";

type Callback = (error?: Error | null) => void;
type Chunk = string | Uint8Array;
type WriteHeadArgs = [statusMessage?: string | OutgoingHttpHeaders | OutgoingHttpHeader[], headers?: OutgoingHttpHeaders | OutgoingHttpHeader[]];

export type HoldOptions = {
  /** Asked once, when the headers are about to go out: should this response's body be held? */
  hold: (res: ServerResponse) => boolean;
  /**
   * Called with the whole body before the headers go out; may change headers, and may return a
   * body to send instead (Content-Length follows whichever body is sent).
   */
  release: (res: ServerResponse, body: Buffer) => Buffer | void;
};

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) => (typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk));

/**
 * Holds a response's headers and body until the body is complete, so that a header can depend
 * on the whole body (the hashes of its scripts), or the body itself be replaced (light pages). Everything that sends a response goes through
 * writeHead, write, end or flushHeaders; each is wrapped here. A response not held passes as it
 * is, and nothing is held before the decision (made when the headers would go out).
 */
export function holdBody(res: ServerResponse, { hold, release }: HoldOptions): void {
  type Loose = (this: ServerResponse, ...args: unknown[]) => unknown;
  const writeHead = res.writeHead as Loose;
  const write = res.write as Loose;
  const end = res.end as Loose;
  const { flushHeaders } = res;
  let decided = false;
  let holding = false;
  let statusMessage: string | undefined;
  const chunks: Buffer[] = [];

  res.writeHead = function (this: ServerResponse, statusCode: number, ...args: WriteHeadArgs) {
    if (decided && !holding) return writeHead.call(this, statusCode, ...args);
    statusMessage = typeof args[0] === "string" ? args[0] : undefined;
    adoptHeaders(this, typeof args[0] === "string" ? args[1] : args[0]);
    this.statusCode = statusCode;
    decided = true;
    holding = hold(this);
    if (holding) return this;
    return statusMessage === undefined ? writeHead.call(this, statusCode) : writeHead.call(this, statusCode, statusMessage);
  } as ServerResponse["writeHead"];

  // Node sends the headers itself on the first write or end; decide before it does.
  const decide = (response: ServerResponse) => {
    if (!decided && !response.headersSent) response.writeHead(response.statusCode);
  };

  res.flushHeaders = function (this: ServerResponse) {
    decide(this);
    if (!holding) flushHeaders.call(this);
  };

  res.write = function (this: ServerResponse, chunk: Chunk, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback) {
    decide(this);
    if (!holding) return write.call(this, chunk, encodingOrCallback, callback);
    chunks.push(toBuffer(chunk, typeof encodingOrCallback === "string" ? encodingOrCallback : undefined));
    const done = typeof encodingOrCallback === "function" ? encodingOrCallback : callback;
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse["write"];

  res.end = function (this: ServerResponse, chunkOrCallback?: Chunk | (() => void), encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void) {
    decide(this);
    if (!holding) return end.call(this, chunkOrCallback, encodingOrCallback, callback);
    const chunk = typeof chunkOrCallback === "function" ? undefined : chunkOrCallback;
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, typeof encodingOrCallback === "string" ? encodingOrCallback : undefined));
    const done = [chunkOrCallback, encodingOrCallback, callback].find((c): c is () => void => typeof c === "function");
    const held = Buffer.concat(chunks);
    chunks.length = 0;
    holding = false;
    const body = release(this, held) ?? held;
    this.removeHeader("transfer-encoding");
    this.setHeader("content-length", body.length);
    if (statusMessage === undefined) writeHead.call(this, this.statusCode);
    else writeHead.call(this, this.statusCode, statusMessage);
    return end.call(this, body, done);
  } as ServerResponse["end"];
}
