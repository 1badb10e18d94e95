import type { openApiDocument } from "./openapi.ts";

/**
 * The API reference as one HTML page, rendered on the server from the OpenAPI document: no script, no font,
 * nothing fetched from elsewhere, so the content security policy stays as strict as for every other page.
 */

type Document = ReturnType<typeof openApiDocument>;
type Operation = {
  parameters?: { name: string; in: string; required: boolean; schema: unknown }[];
  requestBody?: { content: { "application/json": { schema: unknown } } };
  security?: unknown[];
};

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function apiDocsPage(doc: Document): string {
  const sections = Object.entries(doc.paths)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, methods]) =>
      Object.entries(methods as Record<string, Operation>).map(([method, op]) => {
        const params = (op.parameters ?? [])
          .map(
            (p) =>
              `<li><code>${escape(p.name)}</code> (${p.in}${p.required ? ", required" : ""}) <code>${escape(JSON.stringify(p.schema))}</code></li>`,
          )
          .join("");
        const body = op.requestBody
          ? `<p>Body:</p><pre>${escape(JSON.stringify(op.requestBody.content["application/json"].schema, null, 2))}</pre>`
          : "";
        return `<section><h2><code>${method.toUpperCase()} ${escape(path)}</code></h2><p>${op.security ? "Signed-in staff · personnel connecté" : "Public"}</p>${params ? `<ul>${params}</ul>` : ""}${body}</section>`;
      }),
    );
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(doc.info.title)} — API</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}pre{overflow:auto;background:#f4f4f4;padding:.5rem}h2{font-size:1.1rem;margin-top:2rem}</style></head>
<body><main><h1>${escape(doc.info.title)} — API ${escape(doc.info.version)}</h1>
<p lang="fr">Description OpenAPI 3.1 lisible par une machine : <a href="/api/openapi.json">/api/openapi.json</a>. Chaque erreur a la même forme <code>{ error: { code, message, requestId } }</code>.</p>
<p>Machine-readable OpenAPI 3.1 description: <a href="/api/openapi.json">/api/openapi.json</a>. Every error has the same shape <code>{ error: { code, message, requestId } }</code>.</p>
${sections.join("\n")}
</main></body></html>`;
}
