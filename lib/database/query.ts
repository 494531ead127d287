import type pg from "pg";

// One SQL statement through a `pg` pool, parameters passed separately ($1, $2…), never put into
// the text. The signing path's data functions (lib/signing, lib/auth/find-session.ts,
// lib/security) take the statement runner and the secret as an argument rather than importing
// the app's database: the same function then runs in the app (lib/server/db.ts) and in the front
// door, which is outside Next's bundles and keeps its own pool (docs/decisions/021).
export type Query = <Row extends pg.QueryResultRow>(text: string, values: unknown[]) => Promise<Row[]>;

/** What the signing path's data functions need: statements, and the key for keyed hashes. */
export type SigningDatabase = { query: Query; secret: string };

