"use client";

import { useActionState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Mode, type Path, type Resolver } from "react-hook-form";
import { failureOf, type ActionState, type ErrorCode, type FormValues } from "@/lib/actions/action-result";
import { useActionSubmit } from "./use-action-submit";
import { controlProps, inputClass } from "./field";

type Options<T extends FieldValues, S> = {
  action: (state: S, data: FormData) => Promise<S>;
  // zodResolver(schema): the form's own schema, the one its action checks.
  resolver: Resolver<T>;
  defaults: T;
  // The form's values from the text a failed post sent back.
  fromValues: (values: FormValues) => T;
  // The words for an error key, in the page's language.
  message: (key: string) => string;
  mode?: Mode;
};

// What every form that posts to a Server Action shares: it posts without JavaScript (the
// action's answer is drawn by the server), and with JavaScript react-hook-form checks the same
// zod schema first; errors come from either side; what was typed before a failed post is filled
// in again.
export function useActionForm<T extends FieldValues, S extends ActionState<unknown, ErrorCode, unknown>>({ action, resolver, defaults, fromValues, message, mode }: Options<T, S>) {
  const [state, formAction, pending] = useActionState<S, FormData>(action as (state: Awaited<S>, data: FormData) => Promise<S>, null as Awaited<S>);
  const failure = failureOf(state);
  const initial = failure?.values ? fromValues(failure.values) : defaults;
  const form = useForm<T>({ resolver, defaultValues: initial as DefaultValues<T>, mode });
  const { formRef, onSubmit } = useActionSubmit(form, formAction);

  // The error of a field ("text.ug.title"), in words: the browser's check, else the server's.
  const errorOf = (path: string): string | undefined => {
    let node: unknown = form.formState.errors;
    for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    const key = (node && typeof node === "object" && "message" in node ? (node as { message?: string }).message : undefined) ?? failure?.fieldErrors?.[path];
    return key ? message(key) : undefined;
  };
  // A text control's props: registered with react-hook-form, wired to its label, hint and error.
  // `id` defaults to the path; a page with two forms of one schema gives one of them its own.
  const field = (path: string, { hint = false, id = path }: { hint?: boolean; id?: string } = {}) => ({
    ...controlProps(id, { hint, error: errorOf(path) }),
    ...form.register(path as Path<T>),
    className: inputClass,
  });
  // Remount the form when a failed post brings values back, so every field shows them.
  const formKey = JSON.stringify(failure?.values ?? null);
  return { state, failure, formAction, pending, form, formRef, onSubmit, errorOf, field, initial, formKey };
}
