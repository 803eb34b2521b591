// `npm run schema`: write public/htxplan.schema.json from the zod schema (src/io/jsonSchema.ts).
// Run it whenever the plan model or the file format changes; test/unit/io/jsonSchema.test.ts fails
// while the published file is stale. Vite's module runner loads the TypeScript source directly.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const { module } = await runnerImport(`${root}src/io/jsonSchema.ts`, {
  root,
  configFile: false,
  logLevel: "error",
});
const target = `${root}public/${module.SCHEMA_FILE}`;
writeFileSync(target, module.planFileJsonSchemaText());
console.log(`wrote ${target}`);
