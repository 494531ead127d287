"use client";

import { useActionState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ZodType } from "zod";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import type { AdminActionState } from "@/lib/actions/admin";
import { describedBy } from "@/components/forms/described-by";
import { formDataToObject } from "@/lib/validation/form-data";
import { inputClass } from "./field";

type Action = (state: AdminActionState, data: FormData) => Promise<AdminActionState>;

// The parts every staff form shares: a Server Action (so it posts without JavaScript), the same
// zod schema checked first in the browser by react-hook-form, field errors from either side, and
// the values typed before a failed post filled in again.
export function useAdminForm<T extends FieldValues>(schema: ZodType, action: Action, defaults: T, fromValues: (values: Record<string, string>) => T) {
  const [state, formAction, pending] = useActionState<AdminActionState, FormData>(action, {});
  const initial = state.values ? fromValues(state.values) : defaults;
  const form = useForm<T>({ resolver: zodResolver(schema as never) as unknown as Resolver<T>, defaultValues: initial as DefaultValues<T> });
  const { formRef, onSubmit } = useActionSubmit(form, formAction);

  const errorOf = (path: string): string | undefined => {
    let node: unknown = form.formState.errors;
    for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    const message = node && typeof node === "object" && "message" in node ? (node as { message?: string }).message : undefined;
    return message ?? state.fieldErrors?.[path];
  };
  // An input's props: registered with react-hook-form, labelled errors wired for screen readers.
  // `id` defaults to the path; a page with two forms of one schema gives one of them its own.
  const field = (path: string, { hint = false, id = path }: { hint?: boolean; id?: string } = {}) => {
    const error = errorOf(path);
    return {
      id,
      ...form.register(path as Path<T>),
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy(id, hint, error),
      className: inputClass,
    };
  };
  // Remount the form when a failed post brings values back, so every field shows them.
  const formKey = JSON.stringify(state.values ?? null);
  return { state, formAction, pending, form, formRef, onSubmit, errorOf, field, initial, formKey };
}

// Values a failed post brought back ("positions.x": "…"), in the nested shape of the schema.
export function valuesToObject(values: Record<string, string>): Record<string, unknown> {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return formDataToObject(data);
}
