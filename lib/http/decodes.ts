// Whether an address's path survives percent-decoding: one that does not names nothing here,
// and Next answers it with a 500. Shared by proxy.ts and the front door.
export function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
