import type { Config } from "./config.ts";
import type { UserRecord } from "./db/records.ts";
import type { ReleaseRules } from "./domain/release/rules.ts";
import type { Store } from "./db/store.ts";
import type { RateLimits } from "./http/rate-limits.ts";
import type { ReportPools } from "./services/report-pool.ts";
import type { VersionCatalog } from "./services/version-catalog.ts";

/** What the app is built from: passed in, never imported as module-level singletons. */
export interface AppDeps {
  store: Store;
  config: Config;
  /** The current time; tests pass a fixed clock. */
  clock: () => Date;
  /** The release rules in force; only tests replace them, to show what the full rules prevent. */
  releaseRules?: ReleaseRules;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    versions: VersionCatalog;
    rateLimits: RateLimits;
    reportPools: ReportPools;
    requestId: string;
    user: UserRecord | undefined;
  };
}
