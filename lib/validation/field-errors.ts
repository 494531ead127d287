// zod's issues (classic or mini) as one message key per field, the first for each. A field of a
// nested object is named by its path ("text.ug.title"), as its input is named in the form.
// The one conversion used by every Server Action and the JSON signing route.
type Issues = { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

export function fieldErrors(error: Issues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join(".") || "body"] ??= issue.message;
  return errors;
}
