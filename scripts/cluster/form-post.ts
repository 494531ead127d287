// Submits a form the way a browser without JavaScript does: the page is fetched, the form that
// holds a given field is found, its hidden inputs (React's Server Action references) are kept,
// the visible fields are filled in, and the whole is posted as multipart/form-data.
import { randomBytes } from "node:crypto";
import type { Answer, Client } from "./http";

const decode = (value: string) =>
  value.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, e: string) => ({ quot: '"', amp: "&", lt: "<", gt: ">", "#39": "'", "#x27": "'" })[e] ?? "");

export async function submitForm(
  client: Client,
  { url, headers, containing, fields }: { url: string; headers: Record<string, string>; containing: string; fields: Record<string, string> },
): Promise<Answer> {
  const page = await client.request(url, { headers });
  const form = [...page.body.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(`name="${containing}"`));
  if (!form) throw new Error(`no form with a field "${containing}" at ${url} (HTTP ${page.status})`);
  const hidden = [...form.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].map((m) => {
    const name = /name="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? "";
    return [decode(name), decode(value)] as const;
  });
  const boundary = `----cluster${randomBytes(8).toString("hex")}`;
  const parts = [...hidden, ...Object.entries(fields)]
    .filter(([name]) => name)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return client.request(url, {
    method: "POST",
    headers: { ...headers, "Content-Type": `multipart/form-data; boundary=${boundary}` },
    body: `${parts.join("")}--${boundary}--\r\n`,
  });
}
