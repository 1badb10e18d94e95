import { randomUUID } from "node:crypto";
import { serve } from "@hono/node-server";
import Database from "better-sqlite3";
import { Hono } from "hono";

/**
 * The baseline the real endpoint is compared with: the least a durable submission can cost on this stack
 * (HTTP + JSON parse + one SQLite insert), with no validation, scoring, session lookup or group commit.
 * Each request is its own autocommit transaction, i.e. one WAL fsync per request under synchronous=FULL.
 *
 * Env: PORT, DATABASE_PATH, BARE_SYNCHRONOUS = FULL (default, same durability as the real server) | NORMAL
 * (WAL fsynced only at checkpoints: a power cut may lose acknowledged rows — a reference, not a target).
 */
const port = Number(process.env.PORT ?? 3100);
const path = process.env.DATABASE_PATH ?? ":memory:";
const synchronous = process.env.BARE_SYNCHRONOUS === "NORMAL" ? "NORMAL" : "FULL";

const sqlite = new Database(path);
// Same pragmas as src/db/open-database.ts, so only the code path differs.
sqlite.pragma("journal_mode = WAL");
sqlite.pragma(`synchronous = ${synchronous}`);
sqlite.pragma("foreign_keys = ON");
sqlite.pragma("busy_timeout = 5000");
sqlite.exec("CREATE TABLE IF NOT EXISTS submissions (id TEXT PRIMARY KEY, answers TEXT NOT NULL, day TEXT NOT NULL)");
const insert = sqlite.prepare<[string, string, string]>("INSERT INTO submissions (id, answers, day) VALUES (?, ?, ?)");

const app = new Hono();
app.get("/health", (c) => c.json({ status: "ok" }, 200));
app.post("/submit", async (c) => {
  const body = await c.req.json<{ answers?: unknown }>();
  insert.run(randomUUID(), JSON.stringify(body.answers), new Date().toISOString().slice(0, 10));
  return c.json({ ok: true }, 201);
});

const server = serve({ fetch: app.fetch, port }, (info) => {
  console.log(`bare server (synchronous=${synchronous}) on :${info.port}`);
});
const stop = () =>
  server.close(() => {
    sqlite.close();
    process.exit(0);
  });
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
