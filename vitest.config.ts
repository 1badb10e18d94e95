import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // `@/…` is src/, as in tsconfig.json (where tsc and tsx read it).
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL("./src/", import.meta.url)) }] },
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    // Each test file builds its own app on its own fresh in-memory database: files run in parallel safely.
    pool: "forks",
    setupFiles: ["tests/support/fast-check-seed.ts"],
    testTimeout: 20_000,
  },
});
