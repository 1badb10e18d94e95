import type { TestApp } from "./test-app.ts";

/** A request from a given socket address, as @hono/node-server passes it to the app. */
export function from(t: TestApp, address: string, path: string, init: RequestInit = {}) {
  return t.app.request(path, init, { incoming: { socket: { remoteAddress: address } } });
}

/** A JSON POST, with extra headers if any. */
export const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

/** The error code of an API error response. */
export async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}
