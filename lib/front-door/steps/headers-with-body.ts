import type { Step } from "../step";

// Next sends a streamed response's headers on their own, with res.flushHeaders(), just before
// writing its first chunk (next/dist/server/pipe-readable.js). Every small answer (an action's
// result, a JSON reply) then costs two writes and two TCP packets where one does. Left unflushed,
// Node sends the headers with that first chunk: the same bytes at the same moment, in one write
// (measured: a fifth of the JSON signing endpoint's CPU, docs/decisions/014-signing-hot-path.md).
// Nothing here calls flushHeaders to send headers long before a body; if something ever does,
// its headers wait for its first chunk.
const sendWithFirstChunk = () => {};

export function headersWithBody(): Step {
  return {
    name: "headers with the body",
    run({ res }) {
      res.flushHeaders = sendWithFirstChunk;
      return "pass";
    },
  };
}
