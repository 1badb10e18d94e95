import { isIP } from "node:net";
import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "./domain/password-rule.ts";

/** Where the embedded database lives when nothing else is said: the newcomer's `npm start`. */
export const DEFAULT_DATABASE_PATH = "./data/reperes.db";

import { DEFAULT_MIN_CELL, MIN_CELL_FLOOR } from "./domain/benchmark/disclosure.ts";

/** An IPv4 or IPv6 address, or a CIDR range of either (`10.0.0.0/8`, `fd00::/8`). */
function isAddressOrRange(entry: string): boolean {
  const match = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(entry);
  if (!match) return false;
  const version = isIP(match[1]!);
  if (version === 0) return false;
  return match[2] === undefined || Number(match[2]) <= (version === 4 ? 32 : 128);
}

const booleanFlag = z.enum(["true", "false"]).transform((v) => v === "true");

const fields = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default(DEFAULT_DATABASE_PATH),
  DEMO_DATA: booleanFlag.optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`).optional(),
  MIN_CELL: z.coerce.number().int().min(MIN_CELL_FLOOR).default(DEFAULT_MIN_CELL),
  RATE_LIMITS: z.enum(["on", "off"]).default("on"),
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .refine(
      (list) => list.every(isAddressOrRange),
      "must be a comma-separated list of IPv4 or IPv6 addresses or CIDR ranges (e.g. 127.0.0.1, ::1, 10.0.0.0/8)",
    ),
  CONTACT_EMAIL: z.email().optional(),
  SURVEYS_DIR: z.string().min(1).default("./surveys"),
  WEB_DIST_DIR: z.string().min(1).default("./web/dist"),
  JOURNEY_RETENTION_DAYS: z.coerce.number().int().min(1).default(730),
});

const schema = fields.refine((env) => (env.ADMIN_EMAIL === undefined) === (env.ADMIN_PASSWORD === undefined), {
  message: "ADMIN_EMAIL and ADMIN_PASSWORD must be set together",
  path: ["ADMIN_PASSWORD"],
});

export interface Config {
  port: number;
  databasePath: string;
  /** Demo data is on by default only for the default database, so a production path never gets it by accident. */
  demoData: boolean;
  admin?: { email: string; password: string };
  minCell: number;
  /** Off only for benchmarks and load tests. */
  rateLimits: boolean;
  /**
   * Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For and X-Forwarded-Proto are believed; from
   * anyone else they are ignored.
   */
  trustedProxies: string[];
  /** Whom respondents may write to about their data, shown in every campaign's information notice. */
  contactEmail?: string;
  surveysDir: string;
  webDistDir: string;
  /** Respondents' encrypted histories not stored again for this many days are deleted (two years by default). */
  journeyRetentionDays: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment once. A wrong value stops start-up with a message naming the variable.
 * @example
 * const config = parseConfig(process.env);
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(emptyAsUndefined(env));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(environment)"}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = result.data;
  return {
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    demoData: e.DEMO_DATA ?? e.DATABASE_PATH === DEFAULT_DATABASE_PATH,
    ...(e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { admin: { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } } : {}),
    minCell: e.MIN_CELL,
    rateLimits: e.RATE_LIMITS === "on",
    trustedProxies: e.TRUSTED_PROXIES,
    ...(e.CONTACT_EMAIL ? { contactEmail: e.CONTACT_EMAIL } : {}),
    surveysDir: e.SURVEYS_DIR,
    webDistDir: e.WEB_DIST_DIR,
    journeyRetentionDays: e.JOURNEY_RETENTION_DAYS,
  };
}

function emptyAsUndefined(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const keys = Object.keys(fields.shape);
  const out: Record<string, string | undefined> = {};
  for (const key of keys) {
    const value = env[key];
    out[key] = value === undefined || value.trim() === "" ? undefined : value.trim();
  }
  return out;
}
