import { parseConfig } from "../config.ts";
import { MAIN_TABLES } from "./database-check.ts";
import { restoreBackup } from "./restore.ts";

/** `npm run restore -- <file>`: checks a backup and installs it as DATABASE_PATH's database, the server stopped. */
const [backup] = process.argv.slice(2);
if (!backup) {
  console.error("usage: npm run restore -- <backup file>   (the server must be stopped; DATABASE_PATH as for npm start)");
  process.exit(2);
}
try {
  const { databasePath } = parseConfig(process.env);
  const summary = restoreBackup(backup, databasePath, new Date());
  console.log(`${backup} checked (integrity ok, responses whole, report cells = recount) and installed as ${databasePath}`);
  for (const table of MAIN_TABLES) console.log(`  ${table.padEnd(24)} ${String(summary.counts[table]).padStart(10)} rows`);
  if (summary.keptAside.length > 0) console.log(`the database it replaced is kept aside: ${summary.keptAside.join(", ")}`);
  console.log("start the server (npm start): it migrates a backup from an older version");
} catch (error) {
  console.error(`restore refused: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
