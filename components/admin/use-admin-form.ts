"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ZodType } from "zod";
import type { ActionState, ErrorCode } from "@/lib/actions/action-result";
import { useActionForm } from "@/components/forms/use-action-form";
import { formDataToObject } from "@/lib/validation/form-data";

// A staff form: useActionForm with its zod schema and the Admin.errors messages.
export function useAdminForm<T extends FieldValues, S extends ActionState<unknown, ErrorCode, unknown>>(
  schema: ZodType,
  action: (state: S, data: FormData) => Promise<S>,
  defaults: T,
  fromValues: (values: Record<string, string>) => T,
) {
  const t = useTranslations("Admin.errors");
  return useActionForm<T, S>({
    action,
    resolver: zodResolver(schema as never) as unknown as Resolver<T>,
    defaults,
    fromValues,
    message: (key) => t(key as "required"),
  });
}

// Values a failed post brought back ("positions.x": "…"), in the nested shape of the schema.
export function valuesToObject(values: Record<string, string>): Record<string, unknown> {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return formDataToObject(data);
}
