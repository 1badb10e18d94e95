import { BlockList, isIP } from "node:net";
import type { Context } from "hono";

/**
 * Who the client is and how it reached us, for rate limiting and transport security only (never stored,
 * never logged). The socket's peer is the client unless it is a configured reverse proxy (`TRUSTED_PROXIES`:
 * addresses or CIDR ranges); only then are its `X-Forwarded-For` and `X-Forwarded-Proto` believed.
 */

const matchers = new WeakMap<readonly string[], BlockList>();

/** The trusted proxies as a matcher, built once per configured list. */
function proxyMatcher(trustedProxies: readonly string[]): BlockList {
  let list = matchers.get(trustedProxies);
  if (!list) {
    list = new BlockList();
    for (const entry of trustedProxies) {
      const [address, prefix] = entry.split("/") as [string, string | undefined];
      const type = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(prefix), type);
    }
    matchers.set(trustedProxies, list);
  }
  return list;
}

/**
 * Whether `address` is one of the trusted proxies. An IPv4-mapped IPv6 address (`::ffff:127.0.0.1`, as Node
 * reports IPv4 peers on a dual-stack socket) matches its IPv4 address and ranges.
 */
export function isTrustedProxy(address: string, trustedProxies: readonly string[]): boolean {
  const version = isIP(address);
  if (version === 0 || trustedProxies.length === 0) return false;
  return proxyMatcher(trustedProxies).check(address, version === 6 ? "ipv6" : "ipv4");
}

function peerAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
}

/**
 * The client, as a rate-limiting key. `X-Forwarded-For` is believed only from a trusted proxy, and then its
 * right-most address not itself a trusted proxy is taken — anything left of it may be forged by the client.
 * IPv6 clients are grouped by /64, the block one subscriber gets (RFC 6177): otherwise a single machine
 * would be as many clients as it cares to pick addresses.
 */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string {
  const peer = peerAddress(c);
  if (!isTrustedProxy(peer, trustedProxies)) return clientKey(peer);
  const chain = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter((a) => isIP(a) !== 0);
  for (let i = chain.length - 1; i >= 0; i--) if (!isTrustedProxy(chain[i]!, trustedProxies)) return clientKey(chain[i]!);
  return clientKey(peer);
}

/**
 * Whether the client reached us over HTTPS: directly, or through a trusted proxy that ended TLS and says so in
 * `X-Forwarded-Proto` (its last value: the one the proxy in front of us wrote).
 */
export function isHttps(c: Context, trustedProxies: readonly string[]): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  if (!isTrustedProxy(peerAddress(c), trustedProxies)) return false;
  const forwarded = (c.req.header("x-forwarded-proto") ?? "").split(",").pop()!.trim().toLowerCase();
  return forwarded === "https";
}

/** This server's origin as the client's browser sees it, for the same-origin check of writes. */
export function requestOrigin(c: Context, trustedProxies: readonly string[]): string {
  const url = new URL(c.req.url);
  return isHttps(c, trustedProxies) ? `https://${url.host}` : url.origin;
}

/** An IPv4 address as it is; an IPv4-mapped IPv6 address as its IPv4 address; any other IPv6 address as its /64. */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (zone index dropped, trailing dotted quad converted). */
function ipv6Groups(address: string): number[] {
  let text = address.split("%")[0]!.toLowerCase();
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  return tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
