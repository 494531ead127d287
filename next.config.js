import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const isDev = process.env.NODE_ENV === "development";

// Signer safety: nothing on any page loads from another origin, and no referrer leaks out.
// "same-origin" rather than "no-referrer": under no-referrer, browsers send `Origin: null` on
// form posts, and same-origin checks (ours, and Next's for Server Actions) would refuse
// every form submitted without JavaScript.
const policy = (frameAncestors) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");

const common = [
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

// The embeds are the only pages another site may frame; they run no script at all. Every
// other page may be framed by no one (clickjacking a sign or withdraw button). Any language
// prefix (i18n/routing.ts holds the list; this file cannot import it): an unknown one is a 404.
const EMBED = "/:locale([a-z]{2,3})?/embed/:path*";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded by Node from node_modules rather than bundled: a native binary (resvg), a WASM
  // module found next to its loader (harfbuzzjs), and font metrics read from files (pdfkit).
  serverExternalPackages: ["@resvg/resvg-js", "harfbuzzjs", "pdfkit"],
  experimental: {
    // Cached pages stay in each instance's memory, not in .next on disk: several instances run
    // from one checkout (deploy/), and files written by one while another reads them would race.
    // Each instance renders a version once; nginx in front shares the result (decision 010).
    isrFlushToDisk: false,
    // Staff upload evidence files (at most EVIDENCE_UPLOAD_MAX_BYTES, 8 MB) with the tracker's
    // Server Action; every other action stays far below this. Under the proxy's 10 MB body buffer.
    serverActions: { bodySizeLimit: "9mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [...common],
      },
      {
        // Every path but the embeds: path-to-regexp has no negation, so the embed paths are
        // told apart by a lookahead.
        source: "/:path((?!embed/|ug/embed/).*)",
        headers: [
          { key: "Content-Security-Policy", value: policy("'none'") },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        source: EMBED,
        headers: [
          {
            key: "Content-Security-Policy",
            value: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self'; form-action 'none'; frame-ancestors *; base-uri 'none'",
          },
        ],
      },
      {
        // Archived evidence is whatever a page held when it was archived: never run or render
        // it as this site (a later rule wins for the same header).
        source: "/api/evidence/:id",
        headers: [{ key: "Content-Security-Policy", value: "sandbox; default-src 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
