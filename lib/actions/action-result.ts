// The one answer every Server Action gives: success, with what the page needs to show, or a
// failure with one error code (camelCase, a key of the form's messages), the fields that were
// wrong (each a message key) and, to fill the form again, the text that was sent (React empties a
// form once its action has run). A form's first state, before any answer, is null.
// No "use server" here: these are types and plain constructors, safe in client code.

export type ErrorCode =
  | "notFound"
  | "invalid"
  | "conflict"
  | "lastAdmin"
  | "evidence"
  | "ownEvidence"
  | "alreadyVerified"
  | "notOpen"
  | "rateLimited"
  | "signInRequired"
  | "emailRequired"
  | "emailInvalid"
  | "sendFailed";

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string>;

export type ActionFailure<Code extends ErrorCode = ErrorCode, Detail = undefined> = {
  ok: false;
  error: Code;
  fieldErrors?: FieldErrors;
  values?: FormValues;
  // With "rateLimited": minutes until another try is allowed.
  retryAfter?: number;
  // What one kind of failure needs to explain itself (why evidence could not be archived…).
  detail?: Detail;
};

export type ActionResult<Data = undefined, Code extends ErrorCode = ErrorCode, Detail = undefined> =
  | { ok: true; data: Data }
  | ActionFailure<Code, Detail>;

// useActionState's state: null until the form has been sent.
export type ActionState<Data = undefined, Code extends ErrorCode = ErrorCode, Detail = undefined> = ActionResult<Data, Code, Detail> | null;

export const succeed = <Data = undefined>(data?: Data) => ({ ok: true, data: data as Data }) as const;

export const fail = <Code extends ErrorCode, Detail = undefined>(error: Code, more: Omit<ActionFailure<Code, Detail>, "ok" | "error"> = {}): ActionFailure<Code, Detail> => ({
  ok: false,
  error,
  ...more,
});

export const NOT_FOUND = fail("notFound");

// The failure of a state, if it is one (a form shows its errors and values from it).
export const failureOf = <S extends ActionState<unknown, ErrorCode, unknown>>(state: S) => (state && !state.ok ? (state as Extract<S, { ok: false }>) : undefined);

// "Too many tries": the wait is told in whole minutes.
export const rateLimited = (retryAfterSeconds: number, more: Omit<ActionFailure<"rateLimited">, "ok" | "error" | "retryAfter"> = {}) =>
  fail("rateLimited", { ...more, retryAfter: Math.ceil(retryAfterSeconds / 60) });
