import { isIP } from "node:net";
import type { Context } from "hono";

/**
 * The address of the client, for rate limiting only (never stored, never logged). It is the socket's
 * peer; `X-Forwarded-For` is believed only when that peer is a configured reverse proxy, and then its
 * right-most address not itself a trusted proxy is taken — anything left of it may be forged by the client.
 */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress ?? "unknown";
  if (!trustedProxies.includes(peer)) return peer;
  const chain = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter((a) => isIP(a) !== 0);
  for (let i = chain.length - 1; i >= 0; i--) if (!trustedProxies.includes(chain[i]!)) return chain[i]!;
  return peer;
}
