import type { Context } from "hono";
import type { Config } from "../config.ts";
import { sha256 } from "../auth/tokens.ts";
import { createBackoff, createRateLimiter, createRecentSet, type Backoff, type RateLimit, type Verdict } from "../caches/rate-limiter.ts";
import { ApiError } from "./api-error.ts";
import { clientAddress } from "./client-address.ts";

/**
 * The limits against guessing passwords or tokens and against flooding (OWASP API4 and API6), built so that
 * an attacker cannot turn them against the people they protect:
 * - no limit counts a successful sign-in, so colleagues behind one hospital address all get in;
 * - sign-in failures slow down one account from one client (`SIGN_IN_BACKOFF`) rather than lock the account;
 *   the per-account ceiling takes failures from many clients — only a distributed attack reaches it — and
 *   even then spares the clients that account signed in from before (OWASP Authentication Cheat Sheet,
 *   "Account Lockout"; NIST SP 800-63B §5.2.2);
 * - submissions are limited per client only; the campaign-wide figure counts accepted submissions and alerts
 *   the structure's managers instead of closing the campaign to its respondents.
 * A client is an IPv4 address or an IPv6 /64. A waiting-room tablet shared by many patients stays well under
 * the per-client submission limit (one questionnaire takes minutes to fill in).
 */
export const RATE_LIMITS = {
  loginFailuresPerClient: { limit: 30, windowMs: 15 * 60_000 },
  /** Failures from clients the account never signed in from. */
  loginFailuresPerAccount: { limit: 50, windowMs: 15 * 60_000 },
  acceptPerClient: { limit: 20, windowMs: 15 * 60_000 },
  submitPerClient: { limit: 60, windowMs: 10 * 60_000 },
  /** Checking an invitation code as it is typed: as many as submissions, so that guessing codes gains nothing. */
  checkInvitationPerClient: { limit: 60, windowMs: 10 * 60_000 },
  /**
   * Storing, reading or deleting an encrypted history, all three counted together: as many as submissions.
   * With 66-bit codes and a 600,000-iteration derivation on the guesser's side, this makes guessing hopeless.
   */
  journeyPerClient: { limit: 60, windowMs: 10 * 60_000 },
  /** Not a limit: past it, the structure's managers are alerted, and submissions go on being accepted. */
  acceptedPerCampaign: { limit: 500, windowMs: 10 * 60_000 },
} as const satisfies Record<string, RateLimit>;

/** One account from one client: five failures in a row, then 1 s, 2 s, 4 s… up to 15 minutes between attempts. */
export const SIGN_IN_BACKOFF = {
  failuresBeforeDelay: 5,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
} as const satisfies Backoff;

/** How long a client that signed in to an account stays exempt from that account's ceiling. */
export const RECOGNISED_CLIENT_MS = 90 * 24 * 60 * 60_000;
const RECOGNISED_CLIENTS_KEPT = 100_000;
/** How long the dashboard shows a campaign's surge alert. */
export const ALERT_SHOWN_MS = 7 * 24 * 60 * 60_000;

type ThrottleName = "acceptPerClient" | "submitPerClient" | "checkInvitationPerClient" | "journeyPerClient";

export interface SignInAttempt {
  /** The password was right: the attempt is taken back from every count, and the client remembered. */
  succeeded(): void;
}

/** What a structure's dashboard shows next to a campaign. */
export interface CampaignAlert {
  kind: "submission_surge";
  /** When more than `limit` submissions had been accepted within `windowMinutes`. */
  at: string;
  limit: number;
  windowMinutes: number;
}

/** A surge just detected: more accepted submissions in the window than the campaign-wide figure. */
export interface Surge {
  accepted: number;
  limit: number;
  windowMinutes: number;
}

/**
 * What the limits read of a request: the app's config and clock, and the client's address. Typed here rather
 * than with the app's context type, which itself names these limits (no import loop).
 */
type LimitedRequest = Context;

function depsOf(c: LimitedRequest): { config: Config; clock: () => Date } {
  return c.var.deps as { config: Config; clock: () => Date };
}

const tooManyRequests = (retryAfterSeconds: number) =>
  new ApiError("too_many_requests", { retryAfterSeconds }, { "Retry-After": String(retryAfterSeconds) });

export function createRateLimits() {
  const limiters = Object.fromEntries(Object.entries(RATE_LIMITS).map(([name, limit]) => [name, createRateLimiter(limit)])) as Record<
    keyof typeof RATE_LIMITS,
    ReturnType<typeof createRateLimiter>
  >;
  const backoff = createBackoff(SIGN_IN_BACKOFF);
  // Hashed: these keys pair an account with an address and live for months.
  const recognised = createRecentSet({ ttlMs: RECOGNISED_CLIENT_MS, maxSize: RECOGNISED_CLIENTS_KEPT });
  const alerts = new Map<string, CampaignAlert>();

  return {
    /** Counts an attempt; throws 429 with Retry-After once over the limit (unless limits are off). */
    throttle(c: LimitedRequest, name: ThrottleName, key: string) {
      const { config, clock } = depsOf(c);
      if (!config.rateLimits) return;
      const { allowed, retryAfterSeconds } = limiters[name].hit(key, clock().getTime());
      if (!allowed) throw tooManyRequests(retryAfterSeconds);
    },

    /**
     * Opens a sign-in attempt on `account` (or a check of its current password), before the password is
     * checked; throws 429 when this client must wait. The attempt counts as a failure until `succeeded()`:
     * attempts sent in parallel are counted as they arrive, not once they are judged.
     */
    signIn(c: LimitedRequest, account: string): SignInAttempt {
      const { config, clock } = depsOf(c);
      if (!config.rateLimits) return { succeeded() {} };
      const now = clock().getTime();
      const client = clientAddress(c, config.trustedProxies);
      const pair = sha256(`${account}\n${client}`);
      const known = recognised.has(pair, now);
      const wait = backoff.wait(pair, now);
      const verdicts: Verdict[] = [
        limiters.loginFailuresPerClient.check(client, now),
        { allowed: wait === 0, retryAfterSeconds: Math.ceil(wait / 1000) },
        known ? { allowed: true, retryAfterSeconds: 0 } : limiters.loginFailuresPerAccount.check(account, now),
      ];
      const refused = verdicts.filter((v) => !v.allowed);
      if (refused.length > 0) throw tooManyRequests(Math.max(...refused.map((v) => v.retryAfterSeconds)));

      const perClient = limiters.loginFailuresPerClient.hit(client, now);
      const perAccount = known ? undefined : limiters.loginFailuresPerAccount.hit(account, now);
      backoff.fail(pair, now);
      return {
        succeeded() {
          limiters.loginFailuresPerClient.refund(client, perClient.windowStart);
          if (perAccount) limiters.loginFailuresPerAccount.refund(account, perAccount.windowStart);
          backoff.clear(pair);
          recognised.add(pair, clock().getTime());
        },
      };
    },

    /**
     * Counts an accepted submission to `campaign`; returns the surge the first time the campaign-wide figure
     * is passed within a window, for the caller to alert the structure's managers.
     */
    acceptedSubmission(c: LimitedRequest, campaign: string): Surge | undefined {
      const { config, clock } = depsOf(c);
      if (!config.rateLimits) return undefined;
      const now = clock();
      const { limit, windowMs } = RATE_LIMITS.acceptedPerCampaign;
      const { count } = limiters.acceptedPerCampaign.hit(campaign, now.getTime());
      if (count !== limit + 1) return undefined;
      const windowMinutes = windowMs / 60_000;
      alerts.set(campaign, { kind: "submission_surge", at: now.toISOString(), limit, windowMinutes });
      return { accepted: count, limit, windowMinutes };
    },

    /** The alerts a structure's dashboard shows for `campaign`. */
    campaignAlerts(campaign: string, now: Date): CampaignAlert[] {
      const alert = alerts.get(campaign);
      if (!alert) return [];
      if (now.getTime() - Date.parse(alert.at) >= ALERT_SHOWN_MS) {
        alerts.delete(campaign);
        return [];
      }
      return [alert];
    },
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
