import { serve } from "@hono/node-server";
import { releaseAll } from "./actions/releases.ts";
import { createApp } from "./app.ts";
import { prepareStore } from "./bootstrap.ts";
import { ConfigError, parseConfig } from "./config.ts";
import { createSqliteStore } from "./db/store.ts";

/** Entry point: the only place that reads process.env and opens the database. */
async function main() {
  const config = parseConfig(process.env);
  const store = createSqliteStore(config.databasePath);
  const clock = () => new Date();
  const prepared = await prepareStore(store, config, clock());
  for (const s of prepared.surveys) console.log(`questionnaire ${s.slug} v${s.version}${s.created ? " (new)" : ""}`);
  if (prepared.adminCreated) console.log(`admin account created for ${config.admin?.email}`);
  if (prepared.demo) console.log(`demo data: ${prepared.demo.structures} structures, ${prepared.demo.responses} responses`);

  const app = createApp({ store, config, clock });
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    console.log(
      `Repères listening on http://localhost:${info.port} (database ${config.databasePath}${config.demoData ? ", demo data" : ""})`,
    );
  });
  // Figures are released once a quarter closes: at start-up, then every six hours, whoever reads them first.
  const release = () =>
    releaseAll({ store, config, clock })
      .then((written) => written.length > 0 && console.log(`released ${written.map((r) => `${r.series} ${r.quarter}`).join(", ")}`))
      .catch((error: unknown) => console.error("release failed", error));
  void release();
  const releaseTimer = setInterval(release, 6 * 60 * 60 * 1000);
  releaseTimer.unref();
  const stop = () =>
    server.close(() => {
      clearInterval(releaseTimer);
      store.close();
      process.exit(0);
    });
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
