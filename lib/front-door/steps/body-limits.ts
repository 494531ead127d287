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
        return refuse(exchange, 411, { error: "length_required", message: "lengthRequired" });
      }
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared <= limit.maxBytes) return "pass";
      return refuse(
        exchange,
        413,
        limit.maxBytes === 0
          ? { error: "too_large", message: "noBodyAllowed" }
          : { error: "too_large", message: "tooLarge", values: { kilobytes: Math.floor(limit.maxBytes / 1024) } },
      );
    },
  };
}
