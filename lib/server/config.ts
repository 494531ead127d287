import "server-only";
import { parseSettings, type Settings } from "@/lib/config/settings";

// The app's settings, parsed and checked once per process (lib/config/settings.ts). Read lazily:
// `next build` imports this without any runtime setting. The front door (server.ts) has already
// refused to start on invalid settings, so a throw here means the app was started some other way.
let loaded: Settings | undefined;

export function config(): Settings {
  if (loaded) return loaded;
  const parsed = parseSettings(process.env);
  if (!parsed.ok) throw new Error(`Invalid settings:\n  ${parsed.problems.join("\n  ")}`);
  // Tests change settings between cases (vi.stubEnv): there, every call reads them afresh.
  if (parsed.settings.mode !== "test") loaded = parsed.settings;
  return parsed.settings;
}

/** The site's public origin (AUTH_URL), for every absolute link: never the request's Host. */
export function siteOrigin(): string {
  return config().auth.url;
}
