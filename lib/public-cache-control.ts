// What public, anonymous responses (counts, the JSON API) tell caches: a few seconds, then
// ask again. Short on purpose: a name a signer withdraws must not outlive them in any cache.
export const PUBLIC_CACHE_CONTROL = "public, max-age=5, s-maxage=5, stale-while-revalidate=30";
