import { hashPassword } from "./auth/passwords.ts";
import type { Config } from "./config.ts";
import type { Store } from "./db/store.ts";
import { seedDemo } from "./demo/seed-demo.ts";
import { importSurveys } from "./surveys/load-surveys.ts";

/**
 * Everything a database needs before the server takes requests: the questionnaire library imported as
 * published versions, the first admin from the environment, and the demo data when asked for.
 */
export async function prepareStore(store: Store, config: Config, now: Date) {
  const surveys = await importSurveys(store, config.surveysDir, now);
  let adminCreated = false;
  if (config.admin && !(await store.accounts.findCredentials(config.admin.email))) {
    const user = await store.accounts.createUser(
      { email: config.admin.email, passwordHash: await hashPassword(config.admin.password), role: "admin", displayName: "Admin" },
      now,
    );
    await store.audit.record({ userId: null, action: "account.bootstrap_admin", targetType: "user", targetId: user.id }, now);
    adminCreated = true;
  }
  const demo = config.demoData ? await seedDemo(store, now) : undefined;
  return { surveys, adminCreated, demo };
}
