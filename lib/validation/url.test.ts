import { describe, expect, it } from "vitest";
import { isHttpUrl } from "./url";

describe("isHttpUrl", () => {
  it.each(["https://example.org", "http://example.org/a?b=c"])("accepts %s", (url) => expect(isHttpUrl(url)).toBe(true));
  it.each(["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "not a url", ""])("refuses %s", (url) =>
    expect(isHttpUrl(url)).toBe(false),
  );
});
