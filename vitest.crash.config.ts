import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { webAlias } from "./web-alias.ts";

/**
 * The tests of the real server as a process (`npm run test:crash`): killed mid-load and restarted, stopped by
 * a signal mid-load, backed up under load. One file at a time: each drives a server and its load on the
 * machine's cores, and a kill point is only meaningful if the server is not starved by another test's.
 */
export default defineConfig({
  // `@/…` is src/ and `@web/…` web/src/, as in tsconfig.json (where tsc and tsx read them).
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL("./src/", import.meta.url)) },
      ...Object.entries(webAlias).map(([find, replacement]) => ({ find, replacement })),
    ],
  },
  test: {
    include: ["tests-crash/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 150_000,
    hookTimeout: 60_000,
  },
});
