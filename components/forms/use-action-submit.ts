"use client";

import { startTransition, useRef, type BaseSyntheticEvent } from "react";

type Validating = { handleSubmit: (onValid: () => void) => (event?: BaseSyntheticEvent) => Promise<void> };

// A form that posts to a Server Action (so it works without JavaScript) and, with JavaScript,
// is first checked by react-hook-form: only a valid form is sent, as the same FormData the
// browser would have posted.
export function useActionSubmit(form: Validating, formAction: (data: FormData) => void) {
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = (event: BaseSyntheticEvent) =>
    form.handleSubmit(() => {
      if (!formRef.current) return;
      const data = new FormData(formRef.current);
      startTransition(() => formAction(data));
    })(event);
  return { formRef, onSubmit };
}
