import { defineConfig } from "vitest/config";

/**
 * Attacks on the released figures (`npx vitest run --config vitest.attacks.config.ts`): each reads views
 * the way a curious reader could and asserts that no figure hidden by disclosure control follows from what
 * was shown. Kept apart from `npm test` while the release ledger they test is being built.
 */
export default defineConfig({
  test: {
    include: ["tests/ledger-attacks/**/*.attack.ts"],
    pool: "forks",
    setupFiles: ["tests/support/fast-check-seed.ts"],
    testTimeout: 120_000,
  },
});
