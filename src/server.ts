import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { releaseAll } from "./actions/releases.ts";
import { createApp } from "./app.ts";
import { prepareStore } from "./bootstrap.ts";
import { ConfigError, parseConfig } from "./config.ts";
import { createSqliteStore } from "./db/store.ts";
import { acquireInstanceLock, InstanceRunningError } from "./ops/instance-lock.ts";

/**
 * How long a stop (SIGTERM, SIGINT) may take: requests in progress finish, then the database is closed. Past
 * it the process exits with 1 — what was acknowledged is on disk already, only the requests still running
 * are lost, as in a crash.
 */
const SHUTDOWN_BOUND_MS = 10_000;

/** Entry point: the only place that reads process.env and opens the database. */
async function main() {
  const config = parseConfig(process.env);
  const lock = acquireInstanceLock(config.databasePath);
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
  }) as Server;
  // Figures are released once a quarter closes: at start-up, then every six hours, whoever reads them first.
  let releasing: Promise<unknown> = Promise.resolve();
  const release = () =>
    (releasing = releaseAll({ store, config, clock })
      .then((written) => written.length > 0 && console.log(`released ${written.map((r) => `${r.series} ${r.quarter}`).join(", ")}`))
      .catch((error: unknown) => console.error("release failed", error)));
  void release();
  const releaseTimer = setInterval(release, 6 * 60 * 60 * 1000);
  releaseTimer.unref();

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping — no new connections; finishing the requests in progress`);
    setTimeout(() => {
      console.error(`stop: requests still running after ${SHUTDOWN_BOUND_MS / 1000} s; exiting without closing the database`);
      process.exit(1);
    }, SHUTDOWN_BOUND_MS).unref();
    clearInterval(releaseTimer);
    // A kept-alive connection that goes idle once its request is answered is closed too, not left to time out.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    server.close(async () => {
      clearInterval(idle);
      await releasing;
      // A group commit already scheduled (its client gone) runs before the database closes.
      await new Promise((resolve) => setImmediate(resolve));
      store.close();
      lock.release();
      console.log("stopped: database checkpointed and closed");
      process.exit(0);
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof InstanceRunningError ? error.message : error);
  process.exit(1);
});
