import { readFileSync } from "node:fs";
import path from "node:path";

// The JSON API of the running build, from Next's own manifest: an /api address no route handler
// answers is a 404 at the door. (Next would render its 404 page for it, and a POST to that page
// went through Next's Server Action decoding and came out a 500.)
export type ApiRoutes = { matches: (pathname: string) => boolean; size: number };

function patternOf(route: string): RegExp {
  const segments = route
    .replace(/\/route$/, "")
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      if (/^\[\[\.\.\..+\]\]$/.test(segment)) return "(?:/[^/]+)*";
      if (/^\[\.\.\..+\]$/.test(segment)) return "(?:/[^/]+)+";
      if (/^\[.+\]$/.test(segment)) return "/[^/]+";
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    });
  return new RegExp(`^${segments.join("")}/?$`);
}

export function apiRoutesFrom(routes: string[]): ApiRoutes {
  const patterns = routes.filter((route) => route.startsWith("/api/") && route.endsWith("/route")).map(patternOf);
  return { matches: (pathname) => patterns.some((pattern) => pattern.test(pathname)), size: patterns.length };
}

export function loadApiRoutes(distDir: string, alsoAnswered: string[] = []): ApiRoutes {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return apiRoutesFrom([...Object.keys(manifest), ...alsoAnswered]);
}
