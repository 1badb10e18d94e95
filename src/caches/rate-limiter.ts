/**
 * In-memory counters for rate limiting, one per key (an account, a client, a campaign). Keys live only in
 * memory and only as long as they matter: a client's address is never written anywhere.
 */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

export interface Verdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Whether one more attempt would be allowed now, without counting it. */
  check(key: string, now: number): Verdict;
  /** Counts one attempt; `allowed` false once `limit` attempts fell in the current window. */
  hit(key: string, now: number): Verdict & { count: number; windowStart: number };
  /** Takes back one attempt counted in the window that started at `windowStart`, if that window is still current. */
  refund(key: string, windowStart: number): void;
  reset(key: string): void;
}

/** Above this many live keys, expired ones are swept, so that a flood of addresses cannot exhaust memory. */
const SWEEP_ABOVE = 10_000;
/** Keys a backoff keeps at most, whatever their age: a distributed flood then costs it its oldest keys. */
const MAX_KEYS = 100_000;

const secondsUntil = (at: number, now: number) => Math.max(1, Math.ceil((at - now) / 1000));

/** Fixed-window counters. */
export function createRateLimiter({ limit, windowMs }: RateLimit): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const sweep = (now: number) => {
    for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
  };
  const current = (key: string, now: number) => {
    const w = windows.get(key);
    return w && now - w.start < windowMs ? w : undefined;
  };
  return {
    check(key, now) {
      const w = current(key, now);
      const allowed = !w || w.count < limit;
      return { allowed, retryAfterSeconds: allowed ? 0 : secondsUntil(w!.start + windowMs, now) };
    },
    hit(key, now) {
      let w = current(key, now);
      if (!w) {
        if (windows.size >= SWEEP_ABOVE) sweep(now);
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      const allowed = w.count <= limit;
      return { allowed, retryAfterSeconds: allowed ? 0 : secondsUntil(w.start + windowMs, now), count: w.count, windowStart: w.start };
    },
    refund(key, windowStart) {
      const w = windows.get(key);
      if (w && w.start === windowStart && w.count > 0) w.count -= 1;
    },
    reset(key) {
      windows.delete(key);
    },
  };
}

export interface Backoff {
  /** Failures in a row before any wait: typos cost nothing. */
  failuresBeforeDelay: number;
  /** The wait after that many failures; each further failure doubles it… */
  firstDelayMs: number;
  /** …up to this. */
  maxDelayMs: number;
  /** A key with no failure for this long starts afresh. */
  forgetAfterMs: number;
}

export interface BackoffCounter {
  /** Milliseconds before the next attempt may go ahead; 0 when it may go ahead now. */
  wait(key: string, now: number): number;
  /** Counts a failure: the next attempt waits longer. */
  fail(key: string, now: number): void;
  /** Forgets the key's failures (after a success). */
  clear(key: string): void;
}

/**
 * A growing delay between attempts, per key: after `failuresBeforeDelay` failures in a row, the next attempt
 * must wait `firstDelayMs`, then twice as long after each further failure, up to `maxDelayMs`.
 */
export function createBackoff({ failuresBeforeDelay, firstDelayMs, maxDelayMs, forgetAfterMs }: Backoff): BackoffCounter {
  const states = new Map<string, { failures: number; last: number; nextAt: number }>();
  const live = (key: string, now: number) => {
    const s = states.get(key);
    if (s && now - s.last >= forgetAfterMs) {
      states.delete(key);
      return undefined;
    }
    return s;
  };
  return {
    wait(key, now) {
      const s = live(key, now);
      return s ? Math.max(0, s.nextAt - now) : 0;
    },
    fail(key, now) {
      if (states.size >= SWEEP_ABOVE) for (const [k, s] of states) if (now - s.last >= forgetAfterMs) states.delete(k);
      const s = live(key, now) ?? { failures: 0, last: now, nextAt: now };
      s.failures += 1;
      s.last = now;
      const beyond = s.failures - failuresBeforeDelay;
      s.nextAt = beyond < 0 ? now : now + Math.min(maxDelayMs, firstDelayMs * 2 ** Math.min(beyond, 30));
      // Most recent last, so that past the hard cap the key idle longest is the one forgotten.
      states.delete(key);
      states.set(key, s);
      if (states.size > MAX_KEYS) states.delete(states.keys().next().value!);
    },
    clear(key) {
      states.delete(key);
    },
  };
}

export interface RecentSet {
  add(key: string, now: number): void;
  has(key: string, now: number): boolean;
}

/** Keys seen within `ttlMs`, at most `maxSize` of them (the oldest go first). */
export function createRecentSet({ ttlMs, maxSize }: { ttlMs: number; maxSize: number }): RecentSet {
  const seen = new Map<string, number>();
  return {
    add(key, now) {
      seen.delete(key);
      seen.set(key, now);
      if (seen.size > maxSize) seen.delete(seen.keys().next().value!);
    },
    has(key, now) {
      const at = seen.get(key);
      if (at === undefined) return false;
      if (now - at >= ttlMs) {
        seen.delete(key);
        return false;
      }
      return true;
    },
  };
}
