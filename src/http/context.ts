import type { Context } from "hono";
import type { ActionContext } from "../actions/context.ts";
import type { Config } from "../config.ts";
import type { UserRecord } from "../domain/accounts.ts";
import type { Store } from "../db/store.ts";
import type { ReleaseRules } from "../domain/release/rules.ts";
import type { RateLimits } from "./rate-limits.ts";
import type { ReportPools } from "../caches/report-pool.ts";
import type { VersionCatalog } from "../caches/version-catalog.ts";

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

/** What the request's actions run with: the app's dependencies and its caches. */
export function actionContext(c: Context<AppEnv>): ActionContext {
  return { ...c.var.deps, versions: c.var.versions, reportPools: c.var.reportPools };
}
