import type { ReactNode } from "react";
import { describedBy } from "./described-by";

// The pieces of a form field every form of the site draws the same way. None holds state or
// reads messages, so server-rendered forms and client forms use them alike; errors arrive as
// text already in the page's language.

export const inputClass = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";

export type ControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

// What ties a control to its label, hint and error for screen readers.
export function controlProps(id: string, { hint = false, error }: { hint?: boolean; error?: string } = {}): ControlProps {
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) };
}

export function FieldHint({ id, children, className = "" }: { id: string; children: ReactNode; className?: string }) {
  return (
    <div id={`${id}-hint`} className={`mt-1 text-sm text-slate-600 ${className}`}>
      {children}
    </div>
  );
}

// announce: the error sits in a live region that is always there, so an error the server
// sends back to a page already open is read out (the sign-in form's "try again later").
export function FieldError({ id, error, announce = false }: { id: string; error?: string; announce?: boolean }) {
  const text = error ? (
    <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
      {error}
    </p>
  ) : null;
  return announce ? <div role="alert">{text}</div> : text;
}

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  announce?: boolean;
  // The control, or a function drawing it from the props that wire it (id, aria-invalid,
  // aria-describedby).
  children: ReactNode | ((control: ControlProps) => ReactNode);
};

// A labelled control with its hint and its error.
export function Field({ id, label, hint, error, announce, children }: FieldProps) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {typeof children === "function" ? children(controlProps(id, { hint: hint !== undefined, error })) : children}
      {hint !== undefined && <FieldHint id={id}>{hint}</FieldHint>}
      <FieldError id={id} error={error} announce={announce} />
    </div>
  );
}

// A checkbox with its label beside it and its hint under it. Nothing is ticked unless the
// caller says so.
export function CheckboxField({ id, label, hint, children }: { id: string; label: ReactNode; hint?: ReactNode; children: (control: { id: string; type: "checkbox"; className: string; "aria-describedby": string | undefined }) => ReactNode }) {
  return (
    <div>
      <label className="flex items-start gap-2">
        {children({ id, type: "checkbox", className: "mt-1.5 size-4 shrink-0", "aria-describedby": hint !== undefined ? `${id}-hint` : undefined })}
        <span className="font-semibold">{label}</span>
      </label>
      {hint !== undefined && (
        <FieldHint id={id} className="ms-6">
          {hint}
        </FieldHint>
      )}
    </div>
  );
}
