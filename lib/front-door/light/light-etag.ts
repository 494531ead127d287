// A light page and the hydrated page of the same address are two bodies with one ETag from
// Next (it hashes what it rendered, before the front door changes it). A browser may hold either
// for an address (someone signs out), so a light body carries an ETag of its own, "l-<Next's>",
// and a revalidation is answered 304 only against a copy of the same kind.
// See docs/decisions/020-light-pages.md.

const TAG = /\s*(?:(W\/)?"([^"]*)"|(\*))\s*(?:,|$)/gy;
const LIGHT = "l-";

type EntityTag = { weak: boolean; opaque: string } | "*";

function parse(header: string): EntityTag[] {
  const tags: EntityTag[] = [];
  TAG.lastIndex = 0;
  for (let match = TAG.exec(header); match && match[0] !== ""; match = TAG.exec(header)) {
    tags.push(match[3] ? "*" : { weak: Boolean(match[1]), opaque: match[2]! });
  }
  return tags;
}

const write = ({ weak, opaque }: { weak: boolean; opaque: string }) => `${weak ? "W/" : ""}"${opaque}"`;

/** The ETag a light body is sent with, for the ETag Next gave the page. */
export function lightEtag(etag: string): string {
  const [tag] = parse(etag);
  if (!tag || tag === "*") return etag;
  return write({ weak: tag.weak, opaque: `${LIGHT}${tag.opaque}` });
}

export type LightIfNoneMatch = {
  /** The If-None-Match Next gets (undefined: none). */
  forNext: string | undefined;
  /** Next's ETags (opaque part) the client holds a light copy of. */
  light: Set<string>;
};

/**
 * A light request's If-None-Match as Next must see it: light tags as Next's own (so that it can
 * answer 304), and, for an address that answers with a page, no tag of a hydrated copy (which
 * must not be confirmed to a reader who now gets light pages). Elsewhere (files, the API) the
 * other tags stay: those answers are never light, and keep their 304s.
 */
export function ifNoneMatchForNext(header: string | undefined, { page }: { page: boolean }): LightIfNoneMatch {
  const light = new Set<string>();
  if (header === undefined) return { forNext: undefined, light };
  const kept: string[] = [];
  for (const tag of parse(header)) {
    if (tag === "*") kept.push("*");
    else if (tag.opaque.startsWith(LIGHT)) {
      const opaque = tag.opaque.slice(LIGHT.length);
      light.add(opaque);
      kept.push(write({ weak: tag.weak, opaque }));
    } else if (!page) kept.push(write(tag));
  }
  return { forNext: kept.length > 0 ? kept.join(", ") : undefined, light };
}

/** Next's ETag's opaque part (what `light` above holds). */
export function opaqueOf(etag: string): string | undefined {
  const [tag] = parse(etag);
  return tag && tag !== "*" ? tag.opaque : undefined;
}
