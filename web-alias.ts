import { fileURLToPath } from "node:url";

/**
 * `@web/…` is `web/src/…`: the web app's modules by their place in the app, not by how many `../` lead
 * there. Spread into `resolve.alias` of vite.config.ts and of both vitest configs; tsconfig.json's `paths`
 * says the same to the type-checker.
 */
export const webAlias = { "@web": fileURLToPath(new URL("./web/src", import.meta.url)) };
