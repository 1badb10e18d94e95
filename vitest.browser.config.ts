import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { webAlias } from "./web-alias.ts";

/**
 * The browser tests (`npm run test:browser`, after `vite build`): Debian's Chromium driven by playwright-core
 * against the real server started once by the global setup. Kept apart from `npm test`, which needs no
 * system package.
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
    include: ["tests-browser/**/*.test.ts"],
    globalSetup: ["tests-browser/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
