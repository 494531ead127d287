import "server-only";
import { z } from "zod";
import { apiRegistry, campaignQuery, campaignsQuery } from "@/lib/validation/public-api";

type JsonSchema = Record<string, unknown>;

// Component schemas from the same zod schemas the routes build their answers with. The
// document's dialect is JSON Schema 2020-12 (OpenAPI 3.1), so no $schema or $id is repeated.
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiRegistry, { target: "draft-2020-12", io: "output", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

// Query parameters from the zod schema the route parses them with.
function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as { properties: Record<string, JsonSchema> };
  return Object.entries(json.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: "query", required: false, description, schema: rest };
  });
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { "application/json": { schema: ref(id) } } });
const slugParameter = { name: "slug", in: "path", required: true, description: "The campaign's slug, as in its address.", schema: { type: "string" } };
const notModified = { description: "Not modified: the If-None-Match header named the current ETag." };
const cacheHeaders = {
  ETag: { description: "The version of this answer; send it back in If-None-Match for a 304.", schema: { type: "string" } },
  "Access-Control-Allow-Origin": { description: "Always *: any site may read these answers.", schema: { type: "string" } },
};

export function openApiDocument(origin: string, siteName: string) {
  const ok = (id: string, description: string) => ({ ...json(id, description), headers: cacheHeaders });
  const notFound = json("Error", "No public campaign has this slug.");
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: `${siteName}: open data`,
      version: "1",
      description:
        "Public campaigns, their counts, decision makers, tracker and signatures per day. Read-only, no key, no cookies; any site may read it (CORS *). Nothing here identifies a signer: a country with fewer than 10 signers is never named.",
    },
    servers: [{ url: origin }],
    paths: {
      "/api/campaigns": {
        get: {
          summary: "Public campaigns, a page at a time",
          operationId: "listCampaigns",
          parameters: queryParameters(campaignsQuery),
          responses: { 200: ok("CampaignList", "A page of campaigns, open ones first."), 304: notModified, 400: json("Error", "A parameter is not valid.") },
        },
      },
      "/api/campaigns/{slug}": {
        get: {
          summary: "One campaign in full",
          operationId: "getCampaign",
          parameters: [slugParameter, ...queryParameters(campaignQuery)],
          responses: { 200: ok("CampaignDetail", "The campaign."), 304: notModified, 400: json("Error", "A parameter is not valid."), 404: notFound },
        },
      },
      "/api/campaigns/{slug}/count": {
        get: {
          summary: "The live count alone (cheapest to poll)",
          operationId: "getCount",
          parameters: [slugParameter],
          responses: { 200: json("Count", "The count, at most a second old."), 404: notFound },
        },
      },
      "/api/campaigns/{slug}/badge.svg": {
        get: {
          summary: "A count badge to show on other sites",
          operationId: "getBadge",
          parameters: [slugParameter, ...queryParameters(campaignQuery)],
          responses: { 200: { description: "An SVG image.", content: { "image/svg+xml": { schema: { type: "string" } } } }, 304: notModified, 404: notFound },
        },
      },
      "/api/campaigns/{slug}/share.png": {
        get: {
          summary: "The campaign's share image (1200×630)",
          operationId: "getShareImage",
          parameters: [slugParameter, ...queryParameters(campaignQuery)],
          responses: { 200: { description: "A PNG image.", content: { "image/png": { schema: { type: "string", contentMediaType: "image/png" } } } }, 304: notModified, 404: notFound },
        },
      },
      "/api/openapi.json": {
        get: { summary: "This document", operationId: "getOpenApi", responses: { 200: { description: "OpenAPI 3.1.", content: { "application/json": { schema: { type: "object" } } } } } },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
