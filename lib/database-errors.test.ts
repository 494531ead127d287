import pg from "pg";
import { describe, expect, it } from "vitest";
import { describeDatabaseError, isDatabaseUnavailableError } from "./database-errors";

describe("isDatabaseUnavailableError", () => {
  it("recognises a refused connection from node-postgres, for real", async () => {
    // Nothing listens on port 1.
    const client = new pg.Client({ connectionString: "postgresql://nobody@127.0.0.1:1/none" });
    const error: unknown = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailableError(error)).toBe(true);
    expect(describeDatabaseError(error)).toContain("ECONNREFUSED");
  });

  it("recognises Prisma's and PostgreSQL's ways of saying the same", () => {
    const prisma = Object.assign(new Error("\nInvalid `prisma.campaign.findMany()` invocation:\n\n\nCan't reach database server at 127.0.0.1:5432"), {
      code: "P1001",
      meta: { driverAdapterError: { kind: "DatabaseNotReachable" } },
    });
    expect(isDatabaseUnavailableError(prisma)).toBe(true);
    expect(describeDatabaseError(prisma)).toBe("P1001: Can't reach database server at 127.0.0.1:5432");
    expect(isDatabaseUnavailableError({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } })).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe(true);
    expect(isDatabaseUnavailableError(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "ECONNRESET" }) }))).toBe(true);
    expect(isDatabaseUnavailableError("Email outbox: drain failed (P2010: Raw query failed. Message: `Can't reach database server at 127.0.0.1:1`)")).toBe(true);
  });

  it("leaves mistakes in queries and code alone: those keep their traces", () => {
    expect(isDatabaseUnavailableError(Object.assign(new Error('relation "Nope" does not exist'), { code: "42P01" }))).toBe(false);
    expect(isDatabaseUnavailableError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailableError(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailableError("⨯ something else")).toBe(false);
    expect(isDatabaseUnavailableError(undefined)).toBe(false);
  });
});
