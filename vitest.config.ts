import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts", "test/unit/**/*.test.tsx"],
    // The messages of features that load on demand are there in every unit test, as in the app once
    // the feature has loaded (src/i18n/featureMessages.ts).
    setupFiles: ["src/i18n/featureMessages.ts", "src/i18n/spreadsheetMessages.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20000,
  },
});
