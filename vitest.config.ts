import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { webAlias } from "./web-alias.ts";

export default defineConfig({
  // `@/…` is src/ and `@web/…` web/src/, as in tsconfig.json (where tsc and tsx read them).
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL("./src/", import.meta.url)) },
      ...Object.entries(webAlias).map(([find, replacement]) => ({ find, replacement })),
    ],
  },
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    // Each test file builds its own app on its own fresh in-memory database: files run in parallel safely.
    pool: "forks",
    setupFiles: ["tests/support/fast-check-seed.ts"],
    testTimeout: 20_000,
  },
});
