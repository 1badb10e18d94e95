import type { ActionContext } from "@/actions/context.ts";
import { hashPassword } from "@/auth/passwords.ts";
import { createApp } from "@/app.ts";
import { parseConfig, type Config } from "@/config.ts";
import type { Background, StaffRole } from "@/domain/accounts.ts";
import { createReportPools } from "@/caches/report-pool.ts";
import { createVersionCatalog } from "@/caches/version-catalog.ts";
import { createSqliteStore } from "@/db/store.ts";
import { importSurveys } from "@/surveys/load-surveys.ts";

export const TEST_PASSWORD = "correct horse battery staple";
export const FIXED_NOW = new Date("2026-06-15T10:30:00.000Z");

/**
 * A fresh app on a fresh migrated in-memory database, with the questionnaire library imported and a clock
 * the test controls. One per test file (or per test), never shared. `databasePath` puts it in a file instead
 * (a fresh one, in a temporary directory), for tests of what the files on disk hold; `storageWaitMs` shortens
 * how long a submission waits for the write-ahead log to be emptied (responses-store.ts).
 */
export async function createTestApp({ storageWaitMs, ...overrides }: Partial<Config> & { storageWaitMs?: number } = {}) {
  const config: Config = {
    ...parseConfig({ DATABASE_PATH: ":memory:", DEMO_DATA: "false" }),
    webDistDir: "./does-not-exist",
    ...overrides,
  };
  const store = createSqliteStore(overrides.databasePath ?? ":memory:", storageWaitMs === undefined ? {} : { storageWaitMs });
  let now = FIXED_NOW;
  const clock = () => now;
  await importSurveys(store, config.surveysDir, now);
  const app = createApp({ store, config, clock });
  /** What actions run with, for tests that call them directly: the same store, config and clock as the app. */
  const actions: ActionContext = {
    store,
    config,
    clock,
    versions: createVersionCatalog(store),
    reportPools: createReportPools({ store, config, clock }),
  };

  const json = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    app.request(path, {
      method,
      headers: { "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });

  /** The admin who vouches for the factories' co-researcher backgrounds, made on first need. */
  let attester: number | undefined;
  const attestedBy = async (role: StaffRole, attested: boolean | undefined) => {
    if (role !== "co_researcher" || attested === false) return null;
    attester ??= (await store.accounts.createUser({ email: "attester@example.org", passwordHash: "not used", role: "admin" }, now)).id;
    return attester;
  };

  /**
   * Factory: a staff account, signed in; returns the cookie header to send. A co-researcher's background is
   * attested by an admin unless `attested: false`.
   */
  const signIn = async (
    role: StaffRole,
    options: {
      structureIds?: number[];
      region?: string;
      email?: string;
      background?: Background;
      displayName?: string;
      attested?: boolean;
    } = {},
  ) => {
    const email = options.email ?? `${role}-${Math.random().toString(36).slice(2)}@example.org`;
    const user = await store.accounts.createUser(
      {
        email,
        passwordHash: await hashPassword(TEST_PASSWORD),
        role,
        region: options.region ?? null,
        structureIds: options.structureIds ?? [],
        background: options.background ?? (role === "co_researcher" ? "researcher" : null),
        backgroundAttestedBy: await attestedBy(role, options.attested),
        displayName: options.displayName ?? null,
      },
      now,
    );
    const res = await json("POST", "/api/auth/login", { email, password: TEST_PASSWORD });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
    const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
    return { user, cookie, headers: { cookie } };
  };

  /** Factory: a staff account, not signed in: the user an action is called with (attested as `signIn`'s). */
  const user = async (
    role: StaffRole,
    options: { structureIds?: number[]; region?: string; background?: Background; attested?: boolean } = {},
  ) =>
    store.accounts.createUser(
      {
        email: `${role}-${Math.random().toString(36).slice(2)}@example.org`,
        passwordHash: "not used",
        role,
        region: options.region ?? null,
        structureIds: options.structureIds ?? [],
        background: options.background ?? (role === "co_researcher" ? "researcher" : null),
        backgroundAttestedBy: await attestedBy(role, options.attested),
      },
      now,
    );

  /**
   * Makes every write to the audit log fail from now on, as a full disk or a broken audit table would (a
   * trigger: the real insert is refused by SQLite). Returns the function that lifts the fault.
   */
  const failAuditWrites = () => {
    store.db.$client.exec("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END");
    return () => store.db.$client.exec("DROP TRIGGER refuse_audit");
  };

  /** Factory: a structure, created directly in the store. */
  const structure = (
    input: Partial<{
      name: string;
      kind: "gem" | "hospital" | "cmp" | "association" | "medico_social" | "other";
      department: string;
      region: string;
      setting: "urban" | "intermediate" | "rural";
    }> = {},
  ) => store.structures.create({ name: "GEM Test", kind: "gem", department: "69", region: "84", setting: "urban", ...input }, now);

  return {
    app,
    store,
    config,
    json,
    signIn,
    user,
    structure,
    actions,
    failAuditWrites,
    setNow: (date: Date) => {
      now = date;
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
