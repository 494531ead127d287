import type { ServerResponse } from "node:http";
import { codingOf, contentEncodingOf, preferredEncoding, varyOnAcceptEncoding } from "../response/content-encoding";
import { holdBody } from "../response/hold-body";
import type { Step } from "../step";

// Below this, an answer goes uncompressed: gzip or brotli saves a few dozen bytes on it, less
// than a TCP packet, for the cost of a compressor. The same threshold as Next's own compression
// (the `compression` package's default, 1 kB).
export const ACTION_COMPRESSION_THRESHOLD = 1_024;

const NO_BODY = new Set([204, 304]);

// A Server Action's answer, compressed only when it is worth it (docs/decisions/014). The sign
// form's answer is some 300 bytes: the signature's outcome, the signer's panel and the count.
// Next compresses every answer a browser accepts compressed, small or not, streaming it through
// a zlib stream made for it: a quarter of the CPU a signature costs the app (2.2 ms per call
// without Accept-Encoding, 2.8–3.6 with a browser's; 2.3–2.7 with it through this step; 20 s
// runs on one warm server, issue 13). Here Next is asked for the answer uncompressed, and the
// whole answer, once complete, is sent as it is when small, or compressed in one call (brotli or
// gzip, as the browser accepts) when large: the answers of actions that render the page again
// (withdrawing, following, the admin's) run to tens of kilobytes.
export function serverActionEncoding(): Step {
  return {
    name: "server action encoding",
    run({ req, res }) {
      if (req.method !== "POST" || req.headers["next-action"] === undefined) return "pass";
      const encoding = preferredEncoding(req.headers["accept-encoding"]);
      req.headers["accept-encoding"] = "identity";
      holdBody(res, {
        hold: (response: ServerResponse) => !NO_BODY.has(response.statusCode) && contentEncodingOf(response) === "identity",
        release(response, body) {
          varyOnAcceptEncoding(response);
          if (encoding === "identity" || body.length < ACTION_COMPRESSION_THRESHOLD) return;
          response.setHeader("content-encoding", encoding);
          return codingOf(encoding)!.encode(body);
        },
      });
      return "pass";
    },
  };
}

