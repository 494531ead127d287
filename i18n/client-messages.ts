import type { AbstractIntlMessages } from "next-intl";

// The message namespaces client components use. Only these travel to the browser, in every
// page's payload; the rest stay on the server. The admin layout adds "Admin" for its forms.
export const CLIENT_NAMESPACES = ["SignForm", "Follow", "Count", "SignIn", "Error"] as const;

export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]!]));
}
