import type { AbstractIntlMessages } from "next-intl";

// The message namespaces the public pages' client components read. They reach them as props,
// raw, from the server component that draws them (formatted with lib/i18n/format-message.ts):
// no public page loads next-intl's client or carries a messages object it does not use.
export const PUBLIC_CLIENT_NAMESPACES = ["SignForm", "Follow", "Count", "SignIn", "Error"] as const;

// The admin area's client components still read messages with next-intl's hooks: its layout
// hands these namespaces to NextIntlClientProvider (with "Admin").
export const CLIENT_NAMESPACES = PUBLIC_CLIENT_NAMESPACES;

export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]!]));
}
