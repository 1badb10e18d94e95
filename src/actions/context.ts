import type { ReportPools } from "../caches/report-pool.ts";
import type { VersionCatalog } from "../caches/version-catalog.ts";
import type { Config } from "../config.ts";
import type { Store } from "../db/store.ts";

/**
 * What an action runs with, handed over by the route (from the request's context) or by a test. Each action
 * names the part it needs (`Pick<ActionContext, "store" | "clock">`), so a test builds only that.
 */
export interface ActionContext {
  store: Store;
  config: Config;
  /** The current time; tests pass a fixed clock. */
  clock: () => Date;
  /** Published versions, compiled once. Read before a transaction opens: a miss reads the store. */
  versions: VersionCatalog;
  reportPools: ReportPools;
}
