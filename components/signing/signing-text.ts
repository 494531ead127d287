import type en from "@/messages/en.json";

// The words of the signing components (sign form, signer's panel, withdraw and follow forms), in
// the page's language: raw messages the server hands over as props, formatted in the component
// with lib/i18n/format-message.ts, so that no public page loads next-intl's client (issue 13).
export type SigningText = { locale: string; sign: typeof en.SignForm; follow: typeof en.Follow };

export type CountText = { locale: string; count: typeof en.Count };
