import { languages, type Locale } from "@/i18n/routing";
import { escapeHtml } from "./escape-html";

// A page written by hand rather than by React: the embed, and what the front door (or nginx, from
// the same function) answers while the app cannot. Everything it needs is inline, so it loads
// nothing from another address. `style` and `main` are HTML already; the title is text.
export function standalonePage({ locale, title, style, main }: { locale: Locale; title: string; style: string; main: string }): string {
  return `<!DOCTYPE html>
<html lang="${locale}" dir="${languages[locale].dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`;
}
