import type { ServerResponse } from "node:http";
import { inlineScripts, withScriptHashes } from "../csp/inline-scripts";
import { codingOf, contentEncodingOf } from "../response/content-encoding";
import { holdBody } from "../response/hold-body";
import type { Step } from "../step";

// Scripts without 'unsafe-inline' on every page, cached ones included: an HTML response is held
// until it is complete, the inline scripts Next wrote into it are hashed, and the policy names
// those hashes instead of allowing every inline script. (A nonce would do the same only for
// pages rendered per request: every cached page would have to become one.) Measured and decided
// in docs/decisions/013-scripts-without-unsafe-inline.md.

function decoded(res: ServerResponse, body: Buffer): string | null {
  const coding = codingOf(contentEncodingOf(res));
  return coding ? coding.decode(body).toString("utf8") : null;
}

const policyOf = (res: ServerResponse) => {
  const value = res.getHeader("content-security-policy");
  return value === undefined ? undefined : String(value);
};

// A cached page is the same body for every reader: its policy is worked out once per version
// (Next's ETag is a hash of the body) rather than per request.
const MEMO_SIZE = 500;

export function scriptHashes(): Step {
  const byEtag = new Map<string, string>();
  return {
    name: "script hashes",
    run({ req, res, settings }) {
      // Development runs Next's own inline tooling (hot reload); it keeps the policy next.config.js sets.
      if (settings.mode === "development") return "pass";
      holdBody(res, {
        hold(response) {
          const policy = policyOf(response);
          if (!policy) return false;
          // No HTML, or no body to hash: no inline script may run. A 304 keeps the policy the
          // browser stored with the body it already has.
          const html = /^text\/html/i.test(String(response.getHeader("content-type") ?? ""));
          if (!html || req.method === "HEAD" || response.statusCode === 204) {
            response.setHeader("content-security-policy", withScriptHashes(policy, []));
            return false;
          }
          if (response.statusCode === 304) {
            response.removeHeader("content-security-policy");
            return false;
          }
          return true;
        },
        release(response, body) {
          const policy = policyOf(response)!;
          const etag = response.getHeader("etag");
          const key = etag === undefined ? undefined : `${String(etag)} ${String(response.getHeader("content-encoding") ?? "")} ${policy}`;
          const known = key === undefined ? undefined : byEtag.get(key);
          if (known) {
            response.setHeader("content-security-policy", known);
            return;
          }
          const html = decoded(response, body);
          const { hashes, refused } = html === null ? { hashes: [], refused: [] } : inlineScripts(html);
          for (const source of refused) console.warn(`front door: an inline script of ${req.url?.slice(0, 100)} is not one of Next's and will not run: ${JSON.stringify(source)}`);
          const strict = withScriptHashes(policy, hashes);
          if (key !== undefined) {
            if (byEtag.size >= MEMO_SIZE) byEtag.clear();
            byEtag.set(key, strict);
          }
          response.setHeader("content-security-policy", strict);
        },
      });
      return "pass";
    },
  };
}
