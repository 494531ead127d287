// Text people type is text: no control characters. PostgreSQL refuses NUL outright (it made a
// 500 of any form field carrying one), and the others (escape, backspace, form feed, …) have no
// place in a name, a comment or a campaign's text. Multi-line fields keep tab and line breaks.
// Messages are the key "controlCharacters" in each form's error messages.
const SINGLE_LINE = /[\u0000-\u001f\u007f]/;
const MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const CONTROL_CHARACTERS = "controlCharacters";

export function isPlainText(value: string, { multiline = false }: { multiline?: boolean } = {}): boolean {
  return !(multiline ? MULTI_LINE : SINGLE_LINE).test(value);
}
