import "server-only";
import { createHash } from "node:crypto";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { LookupFunction } from "node:net";
import { isPublicAddress } from "./address-policy";

export const EVIDENCE_FETCH_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_FETCH_TIMEOUT_MS = 10_000;
export const EVIDENCE_FETCH_MAX_REDIRECTS = 3;

export type ResolvedAddress = { address: string; family: number };
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

export type FetchedEvidence = { bytes: Buffer; sha256: string; contentType: string; size: number; finalUrl: string; archivedAt: Date };

export type EvidenceFetchFailure =
  | { reason: "invalid_url" }
  | { reason: "blocked_address"; host: string }
  | { reason: "dns_failed"; host: string }
  | { reason: "timeout" }
  | { reason: "too_large" }
  | { reason: "too_many_redirects" }
  | { reason: "http_status"; status: number }
  | { reason: "network" };

export type EvidenceFetchResult = ({ ok: true } & FetchedEvidence) | ({ ok: false } & EvidenceFetchFailure);

type Options = {
  url: string;
  // Hosts that may be fetched whatever they resolve to (EVIDENCE_FETCH_ALLOW_HOSTS; tests use it
  // for a loopback server). Compared with the URL's host name, case-insensitively.
  allowHosts?: readonly string[];
  resolve?: Resolve;
  timeoutMs?: number;
  maxBytes?: number;
};

const systemResolve: Resolve = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

class Refused extends Error {
  constructor(readonly failure: EvidenceFetchFailure) {
    super(failure.reason);
  }
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, "").toLowerCase();

// Resolves the host once and checks every address it resolves to; the connection then goes to
// the checked address (see pinned()), so a second DNS answer can never send it elsewhere.
async function checkedAddress(url: URL, allowHosts: readonly string[], resolve: Resolve): Promise<ResolvedAddress> {
  const host = hostOf(url);
  const allowed = allowHosts.includes(host);
  const literal = net.isIP(host);
  let addresses: ResolvedAddress[];
  if (literal) addresses = [{ address: host, family: literal }];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      throw new Refused({ reason: "dns_failed", host });
    }
  }
  if (addresses.length === 0) throw new Refused({ reason: "dns_failed", host });
  if (!allowed && addresses.some((a) => !isPublicAddress(a.address))) throw new Refused({ reason: "blocked_address", host });
  return addresses[0]!;
}

// A lookup that answers with the address already checked, in both of Node's calling forms.
function pinned(target: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
}

// DNS lookups cannot be cancelled; the time limit still holds for them.
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

type Response = { status: number; location?: string; contentType: string; bytes?: Buffer };

function request(url: URL, target: ResolvedAddress, signal: AbortSignal, maxBytes: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      {
        method: "GET",
        lookup: pinned(target),
        agent: false,
        signal,
        headers: { "User-Agent": "evidence-archiver/1.0", Accept: "*/*", "Accept-Encoding": "identity" },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = String(res.headers["content-type"] ?? "application/octet-stream");
        if (status >= 300 && status < 400) {
          res.resume();
          resolve({ status, location: res.headers.location, contentType });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          resolve({ status, contentType });
          return;
        }
        if (Number(res.headers["content-length"] ?? 0) > maxBytes) {
          res.destroy();
          reject(new Refused({ reason: "too_large" }));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          // Stop reading as soon as it is too big: nothing beyond the limit is kept.
          if (size > maxBytes) {
            res.destroy();
            reject(new Refused({ reason: "too_large" }));
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => resolve({ status, contentType, bytes: Buffer.concat(chunks, size) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

// Keeps only a plain media type with its charset, so nothing odd is stored or echoed back.
function cleanContentType(value: string): string {
  const [type = "", ...params] = value.split(";").map((p) => p.trim());
  const media = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i.test(type) ? type.toLowerCase() : "application/octet-stream";
  const charset = params.map((p) => /^charset="?([a-z0-9_.:-]{1,40})"?$/i.exec(p)?.[1]).find(Boolean);
  return charset ? `${media}; charset=${charset.toLowerCase()}` : media;
}

/**
 * Fetches an evidence link once, for the archive: http and https only; every address the host
 * resolves to must be public (unless the host is allowed), and the connection goes to the
 * address that was checked; every redirect (at most 3) is checked again; at most 10 MB; 10 s in
 * all. Returns the bytes with their SHA-256, or why nothing was fetched.
 */
export async function fetchEvidence({ url, allowHosts = [], resolve = systemResolve, timeoutMs = EVIDENCE_FETCH_TIMEOUT_MS, maxBytes = EVIDENCE_FETCH_MAX_BYTES }: Options): Promise<EvidenceFetchResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return { ok: false, reason: "invalid_url" };
    }
    for (let redirects = 0; ; redirects++) {
      if ((current.protocol !== "http:" && current.protocol !== "https:") || current.username || current.password) {
        return { ok: false, reason: "invalid_url" };
      }
      const target = await abortable(checkedAddress(current, allowHosts, resolve), controller.signal);
      const response = await request(current, target, controller.signal, maxBytes);
      if (response.location !== undefined) {
        if (redirects >= EVIDENCE_FETCH_MAX_REDIRECTS) return { ok: false, reason: "too_many_redirects" };
        try {
          current = new URL(response.location, current);
        } catch {
          return { ok: false, reason: "invalid_url" };
        }
        continue;
      }
      if (!response.bytes) return { ok: false, reason: "http_status", status: response.status };
      return {
        ok: true,
        bytes: response.bytes,
        sha256: createHash("sha256").update(response.bytes).digest("hex"),
        contentType: cleanContentType(response.contentType),
        size: response.bytes.length,
        finalUrl: current.toString(),
        archivedAt: new Date(),
      };
    }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.failure };
    if (timedOut) return { ok: false, reason: "timeout" };
    return { ok: false, reason: "network" };
  } finally {
    clearTimeout(timer);
  }
}

export { cleanContentType };
