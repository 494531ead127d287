import { describe, expect, it } from "vitest";
import type { z } from "zod";

// Every input the app takes has a maximum size: each string and each array in every schema of
// lib/validation says how long it may be. A new schema without one fails here.
type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => ((def.checks as { _zod: { def: { check: string } } }[] | undefined) ?? []).map((c) => c._zod.def.check);

function unbounded(schema: unknown, path: string): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return checksOf(def).includes("max_length") ? [] : [path];
    case "array":
      return [...(checksOf(def).includes("max_length") ? [] : [`${path}[]`]), ...unbounded(def.element, `${path}[]`)];
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) => unbounded(value, `${path}.${key}`));
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      return unbounded(def.innerType, path);
    // What comes out of a pipe was checked on the way in.
    case "pipe":
      return unbounded(def.in, path);
    case "record":
      return [...unbounded(def.keyType, `${path}{key}`), ...unbounded(def.valueType, `${path}{}`)];
    // A file: its size is checked by a refinement of its own.
    case "unknown":
      return [];
    case "union":
      return (def.options as unknown[]).flatMap((option, i) => unbounded(option, `${path}|${i}`));
    case "enum":
    case "literal":
    case "boolean":
    case "number":
    case "transform":
      return [];
    default:
      return [`${path} (${def.type}: add it to this test)`];
  }
}

// Every module of lib/validation, so that a schema added later is checked without anyone
// remembering to list it here.
const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });
const isSchema = (value: unknown): value is z.ZodType => typeof value === "object" && value !== null && "_zod" in value;
// public-api.ts describes the JSON API's answers as well as its queries: the answers are what
// we send, not input, and only its queries (…Query) are checked.
const isInput = (file: string, name: string) => file !== "./public-api.ts" || name.endsWith("Query");
const schemas = Object.entries(modules)
  .flatMap(([file, exports]) => Object.entries(exports).filter(([name]) => isInput(file, name)))
  .filter((entry): entry is [string, z.ZodType] => isSchema(entry[1]));

describe("every input schema", () => {
  it("is found", () => {
    expect(schemas.map(([name]) => name)).toEqual(expect.arrayContaining(["campaignInput", "campaignUpdateInput", "roleInput", "signInInput", "signatureInput", "trackerEventInput", "commentDecisionInput"]));
  });

  it.each(schemas)("%s bounds every string and array", (name, schema) => {
    expect(unbounded(schema, name)).toEqual([]);
  });
});
