import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./vite-precompress.ts";
import { webAlias } from "./web-alias.ts";

export default defineConfig({
  root: "web",
  plugins: [react(), precompress()],
  // `@/…` is src/, as in tsconfig.json: the web app imports the API's types and pure domain code; `@web/…` is web/src/.
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL("./src/", import.meta.url)) },
      ...Object.entries(webAlias).map(([find, replacement]) => ({ find, replacement })),
    ],
  },
  // The manifest names the respondent scripts, which the server preloads on a respondent link (src/http/web-app.ts).
  build: { outDir: "dist", emptyOutDir: true, manifest: true },
  server: { port: 5173, proxy: { "/api": "http://localhost:3000" } },
});
