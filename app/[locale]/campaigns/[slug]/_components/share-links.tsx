import { getTranslations } from "next-intl/server";
import { Section } from "@/components/section";

const enc = encodeURIComponent;

// Plain links to share the campaign: nothing is loaded from any of these sites (no buttons,
// scripts or counters of theirs) until the reader presses one.
export async function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = await getTranslations("Campaign");
  // The other sites' names are proper names in Latin script, marked as such; email opens the
  // reader's own mail program, in place.
  const links: { name: string; href: string; brand: boolean }[] = [
    { name: t("shareEmail"), href: `mailto:?subject=${enc(title)}&body=${enc(`${title}\n\n${url}`)}`, brand: false },
    { name: "Telegram", href: `https://t.me/share/url?url=${enc(url)}&text=${enc(title)}`, brand: true },
    { name: "WhatsApp", href: `https://wa.me/?text=${enc(`${title} ${url}`)}`, brand: true },
    { name: "X", href: `https://x.com/intent/post?text=${enc(title)}&url=${enc(url)}`, brand: true },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`, brand: true },
  ];
  return (
    <Section id="share" heading={t("share")} size="small">
      <label htmlFor="share-url" className="mt-3 block text-sm font-semibold">
        {t("shareLink")}
      </label>
      <input id="share-url" readOnly value={url} dir="ltr" className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm" />
      <ul className="mt-3 flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.name}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              className="inline-block rounded border border-slate-400 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-slate-100"
              {...(link.brand ? { target: "_blank", lang: "en", dir: "ltr" } : {})}
            >
              {link.name}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-600">{t("shareHint")}</p>
    </Section>
  );
}
