import { describe, expect, it } from "vitest";
import { reachabilityHarness } from "./test-support";
import { quietDatabaseErrors } from "./quiet-database-errors";

function fakeConsole() {
  const written: unknown[][] = [];
  return { written, target: { error: (...args: unknown[]) => void written.push(args), warn: (...args: unknown[]) => void written.push(args) } };
}

describe("errors about an unreachable database", () => {
  it("are left out of the log while it is away, and counted for the line that says it is back", async () => {
    const { reachability, lines, setUp } = reachabilityHarness({ up: false });
    const { written, target } = fakeConsole();
    quietDatabaseErrors(reachability, target);
    await reachability.check();

    const prismaError = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });
    for (let i = 0; i < 1000; i += 1) target.error("⨯", prismaError);
    target.error("Email outbox: drain failed (P2010: Raw query failed. Message: `Can't reach database server at 127.0.0.1:5432`)");
    target.error("a real bug", new TypeError("x is undefined"));
    expect(written).toEqual([["a real bug", expect.any(TypeError)]]);

    setUp(true);
    await reachability.check();
    expect(lines).toEqual([expect.stringMatching(/^database: unreachable/), "database: reachable again after 0.0 s (0 requests answered 503, 1001 errors about it not logged)"]);
  });
});
