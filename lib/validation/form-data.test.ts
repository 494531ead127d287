import { describe, expect, it } from "vitest";
import { formDataToObject } from "./form-data";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("formDataToObject", () => {
  it("nests dotted names into objects and arrays", () => {
    expect(formDataToObject(form([["slug", "a"], ["text.en.title", "T"], ["targets.0.name", "N"], ["targets.1.name", "M"]]))).toEqual({
      slug: "a",
      text: { en: { title: "T" } },
      targets: [{ name: "N" }, { name: "M" }],
    });
  });

  it("drops indexes past the bound, so no schema walks a billion holes", () => {
    const started = Date.now();
    const result = formDataToObject(form([["targets.999999999.name", "x"], ["targets.200.name", "y"], ["targets.0001.name", "z"], ["targets.3.name", "w"]]));
    expect(result).toEqual({ targets: [undefined, undefined, undefined, { name: "w" }] });
    expect((result.targets as unknown[]).length).toBe(4);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it("never lets a field and a group of the same name, or prototype names, throw", () => {
    expect(formDataToObject(form([["text", "x"], ["text.en.title", "y"], ["a.b", "1"], ["a", "2"], ["__proto__.polluted", "1"], ["x.constructor.prototype.y", "1"]]))).toEqual({
      text: "x",
      a: { b: "1" },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
