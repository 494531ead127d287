import "server-only";
import { config } from "@/lib/server/config";
import { createHmac } from "node:crypto";

function secret(): string {
  const value = config().auth.secret;
  if (!value) throw new Error("AUTH_SECRET is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  return value;
}

// A keyed hash: without AUTH_SECRET nobody can tell which address or email produced it,
// nor test guesses against it. Used wherever we must recognise a client without storing it.
export function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", secret()).update(`${purpose}\0${value}`).digest("base64url");
}
