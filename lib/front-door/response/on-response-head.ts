import type { OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from "node:http";

export type HeadFilter = (res: ServerResponse) => void;

type WriteHeadArgs = [statusMessage?: string | OutgoingHttpHeaders | OutgoingHttpHeader[], headers?: OutgoingHttpHeaders | OutgoingHttpHeader[]];

// Moves headers given to writeHead into the response's own header list, so that a filter sees
// every header in one place whichever way the code answering chose to set them.
export function adoptHeaders(res: ServerResponse, headers: OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined) {
  if (!headers) return;
  if (!Array.isArray(headers)) {
    for (const name in headers) {
      const value = headers[name];
      if (value !== undefined) res.setHeader(name, value);
    }
    return;
  }
  // [name, value, name, value…] or [[name, value], …]
  const pairs: [string, OutgoingHttpHeader][] = Array.isArray(headers[0])
    ? (headers as unknown as [string, OutgoingHttpHeader][])
    : Array.from({ length: headers.length / 2 }, (_, i) => [String(headers[2 * i]), headers[2 * i + 1]!] as [string, OutgoingHttpHeader]);
  for (const [name, value] of pairs) {
    const previous = res.getHeader(name);
    res.setHeader(name, previous === undefined ? value : ([] as string[]).concat(String(previous), String(value)));
  }
}

/**
 * Calls `filter` just before the response's headers are sent, however they are sent (writeHead,
 * or the first write or end, which Node turns into writeHead). The filter reads and changes
 * them with res.getHeader/setHeader/removeHeader and may change res.statusCode.
 */
export function onResponseHead(res: ServerResponse, filter: HeadFilter): void {
  const writeHead = res.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
  res.writeHead = function (this: ServerResponse, statusCode: number, ...args: WriteHeadArgs) {
    const statusMessage = typeof args[0] === "string" ? args[0] : undefined;
    adoptHeaders(this, typeof args[0] === "string" ? args[1] : args[0]);
    this.statusCode = statusCode;
    filter(this);
    return statusMessage === undefined ? writeHead.call(this, this.statusCode) : writeHead.call(this, this.statusCode, statusMessage);
  } as ServerResponse["writeHead"];
}
