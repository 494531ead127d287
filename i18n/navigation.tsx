import type { ComponentProps } from "react";
import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import { localePath } from "@/lib/locale-path";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

// A link to a page of this site in the reader's language, for server components: the address is
// worked out here, so the browser gets Next's own link and none of next-intl's client (which
// next-intl's Link would bring to every page: issue 13). Client components use next/link with
// localePath and the locale they are given.
export async function Link({ href, ...props }: Props) {
  return <NextLink href={localePath(await getLocale(), href)} {...props} />;
}
