import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownText } from "./markdown";

const render = (source: string) => renderToStaticMarkup(<MarkdownText>{source}</MarkdownText>);

describe("MarkdownText", () => {
  it("renders Markdown", () => {
    expect(render("## Heading\n\nSome **bold** text")).toContain("<h2>Heading</h2>");
  });

  it("drops raw HTML and scripts", () => {
    const html = render('Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> <b>raw</b>');
    expect(html).not.toMatch(/<script|onerror|<img|<b>/i);
  });

  it("removes javascript: and data: links but keeps https links", () => {
    const html = render("[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org/)");
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('rel="nofollow noopener noreferrer"');
  });

  it("loads no images from elsewhere, showing their text instead", () => {
    const html = render("![a tracking pixel](https://tracker.example/p.gif)");
    expect(html).not.toContain("tracker.example");
    expect(html).toContain("a tracking pixel");
  });
});
