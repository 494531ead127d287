"use client";

import { useEffect } from "react";
import { useErrorText } from "@/components/error-text";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorText();
  useEffect(() => {
    // Production redacts the message; the digest ties this to the server log.
    console.error(error.digest ?? error);
  }, [error]);
  return (
    <div role="alert" className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t.heading}</h1>
      <p className="mt-4 text-slate-700">{t.body}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t.retry}
      </button>
    </div>
  );
}
