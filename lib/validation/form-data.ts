// Turns a submitted form into the nested object a zod schema expects: "targets.0.name" becomes
// { targets: [{ name }] }. Checkbox fields arrive as "on" (or not at all) and stay strings;
// schemas decide what they mean. A form is bounded: an index past MAX_INDEX ("targets.999999999")
// would make an array of a billion holes for the schema to walk, so such fields are dropped,
// as are fields past MAX_FIELDS and names nested deeper than MAX_DEPTH.
export const MAX_INDEX = 199;
const MAX_FIELDS = 1000;
const MAX_DEPTH = 6;

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let fields = 0;
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    if (++fields > MAX_FIELDS) break;
    const path = key.split(".");
    if (path.length > MAX_DEPTH || path.some((part) => /^\d+$/.test(part) && (part.length > 3 || Number(part) > MAX_INDEX))) continue;
    if (path.some((part) => part === "__proto__" || part === "constructor" || part === "prototype")) continue;
    let node: Record<string, unknown> = root;
    for (const [i, part] of path.entries()) {
      if (i === path.length - 1) {
        // The last of repeated fields wins; a name already used as a group ("text" beside
        // "text.en.title") stays the group.
        if (typeof node[part] !== "object" || node[part] === null) node[part] = value;
        break;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1] ?? "");
      node[part] ??= nextIsIndex ? [] : {};
      if (typeof node[part] !== "object") break;
      node = node[part] as Record<string, unknown>;
    }
  }
  return root;
}
