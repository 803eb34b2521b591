import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const uiLibraries = [
  "react",
  "react-dom",
  "react-dom/*",
  "ag-grid-*",
  "recharts",
  "dexie",
  "dexie-react-hooks",
];

// Architectural boundaries (docs/architecture.md):
// - domain/ and io/ are pure TypeScript: no UI library, no storage, no DOM-bound modules.
// - only storage/ imports Dexie.
// - no one renders HTML from strings.
// Text from plans and files is shown as text, never parsed as HTML (issue 8, Security).
const AS_TEXT_NEVER_HTML = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: "Text from files is rendered as text, never as HTML.",
  },
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: "Never write innerHTML or outerHTML: use textContent.",
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]",
    message: "Never turn text into HTML: build elements and set textContent.",
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: "Never turn text into HTML: build elements and set textContent.",
  },
];

export default tseslint.config(
  {
    ignores: ["dist", "dist-*", "node_modules", "coverage", "test-results", "playwright-report", ".cache"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-hooks/set-state-in-effect": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...AS_TEXT_NEVER_HTML],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["dexie", "dexie-react-hooks"], message: "Only src/storage/ imports Dexie." },
            { group: ["ag-grid-enterprise", "@ag-grid-enterprise/*"], message: "AG Grid Community only." },
          ],
        },
      ],
    },
  },
  {
    // What ships never compiles code from text: the Content Security Policy forbids eval.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...AS_TEXT_NEVER_HTML,
        {
          selector:
            "CallExpression[callee.name='eval'], :matches(NewExpression, CallExpression)[callee.name='Function']",
          message: "The Content Security Policy forbids eval and new Function.",
        },
      ],
    },
  },
  {
    files: ["src/storage/**/*.{ts,tsx}", "src/bindings/**/*.{ts,tsx}", "test/unit/storage/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["ag-grid-enterprise"], message: "AG Grid Community only." }] },
      ],
    },
  },
  {
    files: ["src/domain/**/*.ts", "src/io/**/*.ts", "src/templates/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: uiLibraries,
              message: "domain/ and io/ are pure TypeScript: no UI or storage libraries.",
            },
            {
              group: [
                "**/storage/**",
                "**/app/**",
                "**/library/**",
                "**/grid/**",
                "**/charts/**",
                "**/plan/**",
              ],
              message: "domain/ and io/ must not depend on the interface or storage layers.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "document", message: "domain/ has no DOM." },
        { name: "window", message: "domain/ has no DOM." },
        { name: "localStorage", message: "domain/ has no storage." },
        { name: "indexedDB", message: "domain/ has no storage." },
      ],
    },
  },
  {
    files: ["scripts/**/*.{js,mjs}", "*.config.{js,ts}", "test/browser/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
