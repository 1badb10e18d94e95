import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { webAlias } from "./web-alias.ts";

export default defineConfig({
  root: "web",
  plugins: [react()],
  resolve: { alias: { ...webAlias } },
  build: { outDir: "dist", emptyOutDir: true },
  server: { port: 5173, proxy: { "/api": "http://localhost:3000" } },
});
