import type { Env, Hono, MiddlewareHandler } from "hono";
import { z, type ZodType } from "zod";
import { ERROR_CODES } from "./error-codes.ts";

/**
 * The OpenAPI 3.1 description of the API, read from the routes themselves: each `validate()` middleware
 * carries the zod schema it checks, and the document lists every route the app mounts with those schemas
 * turned into JSON Schema. Nothing is written by hand, so the description cannot drift from the code.
 */

const SCHEMA = Symbol("openapi-schema");
const SIGNED_IN = Symbol("openapi-signed-in");

type Target = "json" | "query" | "param" | "header" | "cookie" | "form";
interface Described {
  [SCHEMA]?: { target: Target; schema: ZodType };
  [SIGNED_IN]?: true;
}

/** Marks a validator with the schema it checks, for the description. */
export function describedBy<H>(target: string, schema: ZodType, handler: H): H {
  (handler as Described)[SCHEMA] = { target: target as Target, schema };
  return handler;
}

/** Marks a middleware as requiring a staff session, for the description. */
export function describedAsSignedIn<H extends MiddlewareHandler>(handler: H): H {
  (handler as unknown as Described)[SIGNED_IN] = true;
  return handler;
}

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

function jsonSchema(schema: ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

/** `/reports/structures/:id` → `/reports/structures/{id}` */
const openApiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, "{$1}");

/**
 * @example
 * openApiDocument(app, { title: "Repères", version: "0.1.0", prefix: "/api" }).paths["/api/health"].get
 */
export function openApiDocument<E extends Env>(app: Hono<E>, info: { title: string; version: string; description?: string }) {
  const operations = new Map<string, { method: string; path: string; handlers: Described[] }>();
  for (const route of app.routes) {
    if (route.method === "ALL" || !route.path.startsWith("/api/")) continue;
    const key = `${route.method} ${route.path}`;
    const op = operations.get(key) ?? operations.set(key, { method: route.method.toLowerCase(), path: route.path, handlers: [] }).get(key)!;
    op.handlers.push(route.handler as unknown as Described);
  }
  // Middlewares mounted on a wildcard apply to every route below them: the session check is per route.
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { method, path, handlers } of operations.values()) {
    const described = handlers.map((h) => h[SCHEMA]).filter((d) => d !== undefined);
    const signedIn = handlers.some((h) => h[SIGNED_IN]);
    const parameters = described
      .filter((d) => d.target === "param" || d.target === "query")
      .flatMap(({ target, schema }) => {
        const s = jsonSchema(schema);
        return Object.entries(s.properties ?? {}).map(([name, property]) => ({
          name,
          in: target === "param" ? "path" : "query",
          required: target === "param" || (s.required ?? []).includes(name),
          schema: property,
        }));
      });
    for (const name of path.matchAll(/:(\w+)/g))
      if (!parameters.some((p) => p.in === "path" && p.name === name[1]))
        parameters.push({ name: name[1]!, in: "path", required: true, schema: { type: "string" } });
    const body = described.find((d) => d.target === "json");
    const operation: Record<string, unknown> = {
      operationId: `${method}${path.replace(/[^A-Za-z0-9]+(\w)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
      tags: [path.split("/")[2] ?? "api"],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(body.schema) } } } } : {}),
      ...(signedIn ? { security: [{ session: [] }] } : {}),
      responses: {
        "2XX": { description: "Success" },
        default: { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
      },
    };
    (paths[openApiPath(path)] ??= {})[method] = operation;
  }
  return {
    openapi: "3.1.0",
    info,
    paths,
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "reperes_session" } },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", enum: Object.keys(ERROR_CODES) },
                message: { type: "string" },
                requestId: { type: "string" },
                details: {},
              },
            },
          },
        },
      },
    },
  };
}
