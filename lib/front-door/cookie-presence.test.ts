import { describe, expect, it } from "vitest";
import { carriesCookie } from "./cookie-presence";

describe("a request's cookies, by name", () => {
  const session = carriesCookie("authjs.session-token");
  const visitor = carriesCookie("authjs.session-token", "pending-signature");

  it("finds a cookie under its own name or with the prefixes the app and Auth.js give it", () => {
    for (const cookie of ["authjs.session-token=x", "a=1; __Secure-authjs.session-token=x", "__Host-authjs.session-token=x;b=2"]) expect(session(cookie)).toBe(true);
    expect(visitor("theme=dark; __Host-pending-signature=v")).toBe(true);
  });

  it("does not take a longer name, a value or another cookie for it", () => {
    for (const cookie of [undefined, "", "xauthjs.session-token=1", "authjsXsession-token=1", "a=authjs.session-token=1", "pending-signature=1"]) expect(session(cookie)).toBe(false);
  });
});
