import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { brotliCompressSync, brotliDecompressSync, constants, deflateSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";

// The encodings a held body may come in (Next compresses pages with gzip; deflate and br are
// read too, in case a step or a later Next sends them).
type Coding = { decode: (body: Buffer) => Buffer; encode: (body: Buffer) => Buffer };

const CODINGS: Record<string, Coding> = {
  identity: { decode: (body) => body, encode: (body) => body },
  gzip: { decode: gunzipSync, encode: (body) => gzipSync(body) },
  deflate: { decode: inflateSync, encode: (body) => deflateSync(body) },
  // Quality 5, not 11: a body is encoded again on every miss of the caller's memo, in the
  // request's time (11 is for files compressed once, when the app is built).
  br: { decode: brotliDecompressSync, encode: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) },
};

export const contentEncodingOf = (res: ServerResponse) => String(res.getHeader("content-encoding") ?? "identity").toLowerCase();

/** How to read and write a body in this encoding, or undefined for one not known here. */
export const codingOf = (encoding: string): Coding | undefined => (Object.hasOwn(CODINGS, encoding) ? CODINGS[encoding] : undefined);

/** Whether an Accept-Encoding header accepts `coding` (named, with a weight above zero). */
export function acceptsCoding(header: IncomingHttpHeaders["accept-encoding"], coding: string): boolean {
  return (header ?? "").split(",").some((part) => {
    const [name, ...parameters] = part.trim().split(";");
    if (name?.trim().toLowerCase() !== coding) return false;
    const weight = parameters.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1]).find((q) => q !== undefined);
    return weight === undefined || Number(weight) > 0;
  });
}

/** The encoding to send a body the front door encodes itself in: br, else gzip, else none. */
export function preferredEncoding(header: IncomingHttpHeaders["accept-encoding"]): "br" | "gzip" | "identity" {
  if (acceptsCoding(header, "br")) return "br";
  return acceptsCoding(header, "gzip") ? "gzip" : "identity";
}

/** The body depends on the request's Accept-Encoding: says so to caches, once. */
export function varyOnAcceptEncoding(res: ServerResponse) {
  const vary = String(res.getHeader("vary") ?? "");
  if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}
