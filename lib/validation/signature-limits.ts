// The sign form's limits, without zod: the browser's form imports these, the server's schema
// (./signature.ts) enforces them.
export const COMMENT_MAX = 500;
export const DISPLAY_NAME_MAX = 80;
