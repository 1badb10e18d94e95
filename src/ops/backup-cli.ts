import { parseConfig } from "../config.ts";
import { MAIN_TABLES } from "./database-check.ts";
import { takeBackup } from "./backup.ts";

/** `npm run backup -- <file>`: an online, checked copy of the database named by DATABASE_PATH. */
const [target] = process.argv.slice(2);
if (!target) {
  console.error("usage: npm run backup -- <file>   (the database is DATABASE_PATH's, as for npm start)");
  process.exit(2);
}
try {
  const { databasePath } = parseConfig(process.env);
  const summary = await takeBackup(databasePath, target);
  console.log(`backup of ${databasePath} written to ${summary.file} (${(summary.bytes / 1024 / 1024).toFixed(1)} MB)`);
  console.log(
    `live database read for ${summary.readMs.toFixed(0)} ms; copy checked: integrity ok, responses whole, report cells = recount`,
  );
  for (const table of MAIN_TABLES) console.log(`  ${table.padEnd(24)} ${String(summary.counts[table]).padStart(10)} rows (= live)`);
  console.log("it holds staff accounts' password hashes and every answer: keep it encrypted, as confidential as the server");
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
