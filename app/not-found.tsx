import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found · بەت تېپىلمىدى", robots: { index: false } };

// The 404 page for every path no route matches, and for unknown or draft campaigns (see
// proxy.ts). It is static, so it cannot know the reader's language: it speaks both.
export default function NotFound() {
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900">
        <main className="mx-auto grid max-w-3xl gap-10 px-4 py-16 md:grid-cols-2">
          <section>
            <h1 className="text-3xl font-bold">Page not found</h1>
            <p className="mt-4 text-slate-700">There is no page at this address. It may have moved, or the campaign may not be public.</p>
            <p className="mt-6">
              <Link href="/" className="font-semibold text-brand-700 underline">
                See all campaigns
              </Link>
            </p>
          </section>
          <section lang="ug" dir="rtl">
            <h2 className="text-3xl font-bold">بەت تېپىلمىدى</h2>
            <p className="mt-4 text-slate-700">بۇ ئادرېستا بەت يوق. ئۇ يۆتكەلگەن بولۇشى ياكى پائالىيەت ئاشكارا بولماسلىقى مۇمكىن.</p>
            <p className="mt-6">
              <Link href="/ug" className="font-semibold text-brand-700 underline">
                بارلىق پائالىيەتلەرنى كۆرۈش
              </Link>
            </p>
          </section>
        </main>
        <footer className="mx-auto flex max-w-3xl flex-wrap justify-between gap-3 border-t border-slate-200 px-4 py-6 text-sm">
          <Link href="/privacy" className="text-brand-700 underline">
            Privacy
          </Link>
          <Link href="/ug/privacy" lang="ug" dir="rtl" className="text-brand-700 underline">
            شەخسىي مەخپىيەتلىك
          </Link>
        </footer>
      </body>
    </html>
  );
}
