import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "@/i18n/routing";
import type en from "@/messages/en.json";

// The front door answers before Next runs (refusals, the 503 page), in the reader's language:
// it reads the same messages/<locale>.json as the pages, found next to this source, once each.
type Messages = typeof en;

const messagesDir = path.resolve(import.meta.dirname, "..", "..", "messages");
const loaded = new Map<Locale, Messages>();

export function frontDoorMessages(locale: Locale): Messages {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), "utf8")) as Messages;
    loaded.set(locale, messages);
  }
  return messages;
}

/** A message with its `{name}` placeholders filled in (the front door's messages use no plurals). */
export function fillIn(message: string, values: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
