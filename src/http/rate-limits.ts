import type { Config } from "../config.ts";
import { createRateLimiter, type RateLimit } from "../caches/rate-limiter.ts";
import { ApiError } from "./api-error.ts";

/**
 * The limits against guessing passwords or tokens and against stuffing a structure's figures with fake
 * submissions (OWASP API4 and API6). A waiting-room tablet shared by many patients stays well under the
 * per-client submission limit (one questionnaire takes minutes to fill in).
 */
export const RATE_LIMITS = {
  loginPerAccount: { limit: 10, windowMs: 15 * 60_000 },
  loginPerClient: { limit: 30, windowMs: 15 * 60_000 },
  acceptPerClient: { limit: 20, windowMs: 15 * 60_000 },
  submitPerClient: { limit: 60, windowMs: 10 * 60_000 },
  submitPerCampaign: { limit: 500, windowMs: 10 * 60_000 },
} as const satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof RATE_LIMITS;

export function createRateLimits() {
  const limiters = Object.fromEntries(Object.entries(RATE_LIMITS).map(([name, limit]) => [name, createRateLimiter(limit)])) as Record<
    RateLimitName,
    ReturnType<typeof createRateLimiter>
  >;
  return {
    /** Counts an attempt; throws 429 with Retry-After once over the limit (unless limits are off). */
    throttle({ config, clock }: { config: Pick<Config, "rateLimits">; clock: () => Date }, name: RateLimitName, key: string) {
      if (!config.rateLimits) return;
      const { allowed, retryAfterSeconds } = limiters[name].hit(key, clock().getTime());
      if (!allowed) throw new ApiError("too_many_requests", { retryAfterSeconds }, { "Retry-After": String(retryAfterSeconds) });
    },
    reset(name: RateLimitName, key: string) {
      limiters[name].reset(key);
    },
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
