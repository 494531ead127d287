import { describe, expect, it } from "vitest";
import { signFormHiddenFields, signOutcome } from "./sign-requests";

// The sign form as the app renders it for a browser without JavaScript (trimmed).
const PAGE = `<form noValidate="" class="flex" action="" encType="multipart/form-data" method="POST">
<input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;60e3ff&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
<input type="hidden" name="$ACTION_1:1" value="[{&quot;status&quot;:&quot;idle&quot;}]"/><input type="hidden" name="$ACTION_KEY" value="k047b"/>
<input type="hidden" name="slug" value="demand"/><input type="hidden" name="locale" value="en"/><input type="checkbox" name="showName"/></form>`;

describe("the bench's sign requests", () => {
  it("reads the sign form's hidden fields, React's $ACTION_ fields included, in document order", () => {
    expect(signFormHiddenFields(`<form action="/search"><input type="hidden" name="q" value="x"/></form>${PAGE}`)).toEqual([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"60e3ff","bound":"$@1"}'],
      ["$ACTION_1:1", '[{"status":"idle"}]'],
      ["$ACTION_KEY", "k047b"],
      ["slug", "demand"],
      ["locale", "en"],
    ]);
    expect(() => signFormHiddenFields("<p>closed</p>")).toThrow(/no sign form/);
  });

  it("tells a signature from an answer that is not one, on each path", () => {
    expect(signOutcome("json", 200, '{"ok":true,"alreadySigned":false,"signatureCount":3}')).toBe("signed");
    expect(signOutcome("json", 200, '{"ok":true,"alreadySigned":true,"signatureCount":3}')).toBe("alreadySigned");
    expect(signOutcome("json", 429, '{"error":"rate_limited"}')).toBe("other");
    expect(signOutcome("action", 200, '0:{"a":"$@1"}\n1:{"ok":true,"data":{"outcome":"signed","signatureCount":4}}')).toBe("signed");
    expect(signOutcome("action", 200, '1:{"ok":false,"error":"rateLimited"}')).toBe("other");
    expect(signOutcome("form", 200, 'self.__next_f.push([1,"{\\"signer\\":{\\"signedAt\\":\\"2026\\"}"])')).toBe("signed");
    expect(signOutcome("form", 200, "<html>Sign in to sign the campaign.</html>")).toBe("other");
  });
});
