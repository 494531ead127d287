import { createHmac } from "node:crypto";

// A keyed hash: without the secret (AUTH_SECRET) nobody can tell which address or email produced
// it, nor test guesses against it. Used wherever we must recognise a client without storing it.
export function keyedHashWith(secret: string, purpose: string, value: string): string {
  return createHmac("sha256", secret).update(`${purpose}\0${value}`).digest("base64url");
}
