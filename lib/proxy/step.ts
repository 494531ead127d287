import { NextResponse, type NextRequest } from "next/server";

// proxy.ts (Next's middleware) keeps only what needs Next's routing, as a list of small named
// steps, each with its own tests; everything that can be decided on the raw request happens
// earlier, in the front door (lib/front-door, docs/decisions/007). A step answers (a rewrite, a
// response) or returns undefined to let the next one look.
export type ProxyStep = {
  name: string;
  run: (request: NextRequest) => Promise<NextResponse | undefined> | NextResponse | undefined;
};

// Next 16's production build answers notFound() from a page with an empty document that only
// JavaScript fills in; a path no route matches gets the not-found page in its HTML. So pages
// that must 404 are sent to such a path, and the 404 reads without JavaScript (decision 001).
export const notFoundPage = (request: NextRequest) => NextResponse.rewrite(new URL("/_/not-found", request.url));
