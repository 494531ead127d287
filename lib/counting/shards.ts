// How many counter rows a campaign's count is spread over (per country). Enough that concurrent
// signers rarely meet on one row; few enough that summing them stays trivial.
export const SHARDS = 16;

export function randomShard(): number {
  return Math.floor(Math.random() * SHARDS);
}
