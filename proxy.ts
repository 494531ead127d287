import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import type { ProxyStep } from "./lib/proxy/step";
import { adminPaths } from "./lib/proxy/steps/admin-paths";
import { campaignPages } from "./lib/proxy/steps/campaign-pages";
import { homePage } from "./lib/proxy/steps/home-page";

const intl = createMiddleware(routing);

// What needs Next's routing, as named steps (lib/proxy/steps, each with its tests); then the
// language prefix. Checks on the raw request (methods, bodies, encodings, Server Action shape,
// origins) run before Next in the front door (lib/front-door, docs/decisions/007).
const STEPS: ProxyStep[] = [adminPaths, homePage, campaignPages];

export async function proxy(request: NextRequest) {
  for (const step of STEPS) {
    const answer = await step.run(request);
    if (answer) return answer;
  }
  return intl(request);
}

export const config = {
  // Pages only (not Next's own files, files with an extension, or the API): the proxy in front
  // of the signing endpoint cost a fifth of its rate (measured). Nor Server Action calls (a
  // Next-Action header): even a pass-through proxy costs a call a large share of its CPU
  // (decision 014); the front door checks their shape and routes their language
  // (lib/front-door/steps/server-action-*.ts), and each action checks its caller itself
  // (e2e/authorization.spec.ts calls every action). The count endpoint is answered before Next.
  matcher: [{ source: "/((?!api|_next|_vercel|.*\\..*).*)", missing: [{ type: "header", key: "next-action" }] }],
};
