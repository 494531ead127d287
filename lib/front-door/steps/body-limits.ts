import { bodyLimitFor } from "../body-limits";
import { refuse, type Step } from "../step";

// Request bodies are capped before anything parses them (the table: ../body-limits.ts). A body
// must state its length: one sent in chunks (Transfer-Encoding, no Content-Length) could only
// be measured by reading it, so it is refused with 411. Browsers, fetch, curl and mail servers
// all send Content-Length for the bodies this app takes.
export function bodyLimits(): Step {
  return {
    name: "body limits",
    run(exchange) {
      const { req, url } = exchange;
      const limit = bodyLimitFor(req.method ?? "", url.pathname);
      if (req.headers["transfer-encoding"] !== undefined) {
        return refuse(exchange, 411, {
          error: "length_required",
          en: "The request must state its length (Content-Length); bodies sent in chunks are not accepted.",
          ug: "ئىلتىماس ئۆز ئۇزۇنلۇقىنى (Content-Length) بىلدۈرۈشى كېرەك؛ بۆلەكلەپ ئەۋەتىلگەن مەزمۇن قوبۇل قىلىنمايدۇ.",
        });
      }
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared <= limit.maxBytes) return "pass";
      return refuse(exchange, 413, {
        error: "too_large",
        en: limit.maxBytes === 0 ? "This request may not have a body." : `The request is too large (at most ${Math.floor(limit.maxBytes / 1024)} KB here).`,
        ug: limit.maxBytes === 0 ? "بۇ ئىلتىماستا مەزمۇن بولماسلىقى كېرەك." : `ئىلتىماس بەك چوڭ (بۇ يەردە ئەڭ كۆپ بولغاندا ${Math.floor(limit.maxBytes / 1024)} KB).`,
      });
    },
  };
}
