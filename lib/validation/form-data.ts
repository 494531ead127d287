// Turns a submitted form into the nested object a zod schema expects: "targets.0.name" becomes
// { targets: [{ name }] }. Checkbox fields arrive as "on" (or not at all) and stay strings;
// schemas decide what they mean.
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const path = key.split(".");
    let node: Record<string, unknown> = root;
    path.forEach((part, i) => {
      if (part === "__proto__" || part === "constructor" || part === "prototype") return;
      if (i === path.length - 1) {
        node[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1] ?? "");
      node[part] ??= nextIsIndex ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return root;
}
