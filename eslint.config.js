import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/**
 * The lint rules, kept few: each set below catches a kind of mistake the type-checker and prettier cannot.
 * Formatting is prettier's alone (`npm run format:check`), so no rule here is about layout.
 */
export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "web/dist/", "data/", ".bench/"] },

  // JavaScript's own sure mistakes (unreachable code, duplicate keys, a `case` falling through…) and
  // TypeScript's unsafe escapes (`any`, `@ts-ignore`, non-null assertions on optional chains…).
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` says "deliberately unused" (a destructured field left out, a callback's ignored argument).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },

  // An import cycle makes module start-up order matter, and a respondent bundle that pulls staff code: the
  // module graph must stay a tree (the domain below storage, the web app's areas below its shared parts).
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js"], tsconfig: { configFile: "tsconfig.json" } })],
    },
    rules: { "import-x/no-cycle": "error" },
  },

  // The web app: hooks called in a stable order with their real dependencies, and markup that a screen
  // reader and a keyboard can use (labels tied to controls, no click-only elements, valid ARIA).
  {
    files: ["web/src/**/*.tsx", "web/src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  { files: ["web/src/**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  {
    files: ["web/src/**/*.tsx"],
    rules: {
      // A box that scrolls (a wide table, the phone preview) must take the keyboard focus, or keyboard users
      // cannot scroll it (WCAG 2.1.1; axe's scrollable-region-focusable): such a box is a named region.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"] }],
      // A container may listen to the keys bubbling up from its buttons (Escape closes a menu or a
      // confirmation, as in the WAI-ARIA patterns); a click still needs an interactive element.
      "jsx-a11y/no-noninteractive-element-interactions": ["error", { handlers: ["onClick", "onMouseDown", "onMouseUp"] }],
    },
  },
);
