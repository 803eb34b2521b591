import { readFileSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// The architecture table of docs/architecture.md: what each folder of src/ may import (folders of
// src/ and npm packages). test/unit/architecture.test.ts reads the table in the docs and checks that
// these rules allow exactly what it allows. A new folder gets a row there and an entry here.
export const ARCHITECTURE = {
  domain: ["zod"],
  templates: ["domain"],
  bench: ["domain"],
  io: ["domain", "zod", "fflate"],
  storage: ["domain", "dexie"],
  i18n: ["domain", "io", "react"],
  export: ["domain", "i18n", "write-excel-file"],
  bindings: ["domain", "storage", "react", "dexie-react-hooks"],
  ui: ["domain", "i18n", "react"],
  grid: ["domain", "i18n", "bindings", "ui", "react", "ag-grid-community", "ag-grid-react"],
  charts: [
    "domain",
    "templates",
    "i18n",
    "ui",
    "react",
    "react-dom",
    "recharts",
    "@fontsource/be-vietnam-pro",
  ],
  sharing: ["domain", "io", "export", "storage", "bindings", "i18n", "ui", "react"],
  library: ["domain", "templates", "storage", "bindings", "i18n", "ui", "sharing", "react"],
  plan: ["domain", "templates", "storage", "bindings", "i18n", "ui", "grid", "charts", "sharing", "react"],
  app: [
    "domain",
    "templates",
    "io",
    "storage",
    "bindings",
    "i18n",
    "ui",
    "charts",
    "sharing",
    "library",
    "plan",
    "react",
    "virtual:pwa-register",
  ],
};

/** Every package the app may import somewhere: its dependencies and Vite's PWA module. */
export const PACKAGES = [
  ...Object.keys(JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")).dependencies),
  "virtual:pwa-register",
];

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const NO_ENTERPRISE = {
  regex: "^(ag-grid-enterprise|@ag-grid-enterprise/)",
  message: "AG Grid Community only.",
};

/** One no-restricted-imports block per folder: other folders and packages its row does not name. */
function boundaries() {
  return Object.entries(ARCHITECTURE).map(([folder, allowed]) => {
    const row = `src/${folder}/ may import only ${allowed.join(", ")} (docs/architecture.md).`;
    const folders = Object.keys(ARCHITECTURE).filter((f) => f !== folder && !allowed.includes(f));
    const packages = PACKAGES.filter((p) => !allowed.includes(p));
    const patterns = [NO_ENTERPRISE];
    if (folders.length > 0)
      patterns.push({ regex: `^(\\.\\./)+(${folders.map(escapeRegex).join("|")})(/|$)`, message: row });
    if (packages.length > 0)
      patterns.push({ regex: `^(${packages.map(escapeRegex).join("|")})(/|$)`, message: row });
    return {
      files: [`src/${folder}/**/*.{ts,tsx}`],
      rules: { "no-restricted-imports": ["error", { patterns }] },
    };
  });
}

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
    ignores: [
      "dist",
      "dist-*",
      "node_modules",
      "coverage",
      "test-results",
      "playwright-report",
      ".cache",
      ".scratch",
    ],
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
      "no-restricted-imports": ["error", { patterns: [NO_ENTERPRISE] }],
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
  ...boundaries(),
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
    files: ["scripts/**/*.{js,mjs}", "bench/experiments/*.mjs", "*.config.{js,ts}", "test/browser/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
