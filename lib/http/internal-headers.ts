// Headers the front door (server.ts) sets on a request for the app. It deletes any of them a
// client sent first, so the app can trust what it reads here and nothing else.
export const CLIENT_ADDRESS_HEADER = "x-campaign-client-address";
