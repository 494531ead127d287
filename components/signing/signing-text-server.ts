import "server-only";
import { getMessages } from "next-intl/server";
import type { CountText, SigningText } from "./signing-text";

type Messages = { SignForm: SigningText["sign"]; Follow: SigningText["follow"]; Count: CountText["count"] };

const messagesOf = async (locale: string) => (await getMessages({ locale })) as unknown as Messages;

/** The signing components' words in `locale`, for a server component to pass down. */
export async function signingText(locale: string): Promise<SigningText> {
  const messages = await messagesOf(locale);
  return { locale, sign: messages.SignForm, follow: messages.Follow };
}

/** The count's words in `locale`. */
export async function countText(locale: string): Promise<CountText> {
  return { locale, count: (await messagesOf(locale)).Count };
}
