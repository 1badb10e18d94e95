import { defineConfig } from "vitest/config";
import { webAlias } from "./web-alias.ts";

export default defineConfig({
  resolve: { alias: { ...webAlias } },
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    // Each test file builds its own app on its own fresh in-memory database: files run in parallel safely.
    pool: "forks",
    setupFiles: ["tests/support/fast-check-seed.ts"],
    testTimeout: 20_000,
  },
});
