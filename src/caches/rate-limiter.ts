/**
 * In-memory fixed-window counters, one per key (an account, a client address, a campaign). Keys live only
 * in memory and only for their window: a client's address is never written anywhere.
 */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

export interface RateLimiter {
  /** Counts one attempt; `allowed` false once `limit` attempts fell in the current window. */
  hit(key: string, now: number): { allowed: boolean; retryAfterSeconds: number };
  reset(key: string): void;
}

/** Above this many live keys, expired ones are swept, so that a flood of addresses cannot exhaust memory. */
const SWEEP_ABOVE = 10_000;

export function createRateLimiter({ limit, windowMs }: RateLimit): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const sweep = (now: number) => {
    for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
  };
  return {
    hit(key, now) {
      let w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        if (windows.size >= SWEEP_ABOVE) sweep(now);
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      const allowed = w.count <= limit;
      return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) };
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
