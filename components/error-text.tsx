"use client";

import { createContext, useContext, type ReactNode } from "react";

export type ErrorText = { heading: string; body: string; retry: string };

const ErrorTextContext = createContext<ErrorText | null>(null);

// An error boundary (app/[locale]/error.tsx) takes no props: the layout, which knows the
// language, hands it its words through this context instead of next-intl's client provider.
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>;
}

export function useErrorText(): ErrorText {
  const text = useContext(ErrorTextContext);
  if (!text) throw new Error("useErrorText needs an ErrorTextProvider above it (app/[locale]/layout.tsx)");
  return text;
}
