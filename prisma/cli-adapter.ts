import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// @prisma/adapter-pg 6.19.3 cannot deserialize some catalog types that the WASM schema engine
// reads during `migrate deploy` ("Column type 'name' could not be deserialized"). The CLI's pool
// reports them as text and text[]; the app's runtime client needs none of this.
const AS_TEXT = new Set([18, 19, 24, 194, 2205]); // char, name, regproc, pg_node_tree, regclass
const AS_TEXT_ARRAY = new Set([1002, 1003]); // char[], name[]
const TEXT = 25;
const TEXT_ARRAY = 1009;

type Field = { dataTypeID: number };
type Result = { fields?: Field[] };

function relabel(result: unknown): unknown {
  const fields = (result as Result | undefined)?.fields;
  for (const field of fields ?? []) {
    if (AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT;
    else if (AS_TEXT_ARRAY.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY;
  }
  return result;
}

type Format = "text" | "binary";
type TypeParsers = { getTypeParser: (oid: number, format?: Format) => unknown };

// Parse the relabelled arrays as text[] so their values match their new label.
function withArrayParsers(config: unknown): unknown {
  if (typeof config !== "object" || config === null) return config;
  const types = (config as { types?: TypeParsers }).types ?? pg.types;
  return {
    ...config,
    types: {
      getTypeParser: (oid: number, format?: Format) =>
        types.getTypeParser(AS_TEXT_ARRAY.has(oid) ? TEXT_ARRAY : oid, format),
    },
  };
}

class CatalogClient extends pg.Client {
  // pg's query has many overloads; this wrapper keeps every one of them, callback or promise.
  query(...args: unknown[]): never {
    const last = args[args.length - 1];
    const callback = typeof last === "function" ? (args.pop() as (e: unknown, r?: unknown) => void) : undefined;
    args[0] = withArrayParsers(args[0]);
    const run = Reflect.apply(pg.Client.prototype.query, this, args) as Promise<unknown>;
    const promise = run.then(relabel);
    if (callback) {
      promise.then((r) => callback(null, r), (e: unknown) => callback(e));
      return undefined as never;
    }
    return promise as never;
  }
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// The stock executeScript splits a migration on every ";", which breaks function bodies.
// PostgreSQL's simple query protocol takes the whole script at once.
function wholeScripts(adapter: Adapter): Adapter {
  const pool = adapter.underlyingDriver() as pg.Pool;
  const onError = Reflect.get(adapter, "onError") as (error: unknown) => never;
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      onError.call(adapter, error);
    }
  };
  return adapter;
}

class CliPrismaPg extends PrismaPg {
  async connect() {
    return wholeScripts(await super.connect());
  }

  // The stock shadow-database helper drops the database while its own pool still holds a
  // connection; close the pool first, then drop WITH (FORCE).
  async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const url = new URL(this.url);
    url.pathname = `/${database}`;
    const shadow = wholeScripts(await new PrismaPg(new pg.Pool({ connectionString: url.toString(), Client: CatalogClient })).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }

  constructor(readonly url: string) {
    super(new pg.Pool({ connectionString: url, Client: CatalogClient }));
  }
}

export function cliAdapter(url: string) {
  return new CliPrismaPg(url);
}
