// `npm run soak`: the storage soak of issue 15 at length — 20,000 random sequences of edits, undo,
// second tabs, full disks, closed and crashed tabs and old schema data against the model
// (test/unit/storage/soak.test.ts). `npm run soak:browser`: the browser soak in Chromium
// (test/browser/soak.spec.ts) for 40 rounds or 15 minutes. Options: --runs N, --seed S, --rounds N,
// --minutes M (or SOAK_RUNS, SOAK_SEED, SOAK_ROUNDS, SOAK_MINUTES in the environment).
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : (process.env[`SOAK_${name.toUpperCase()}`] ?? fallback);
};

const browser = args.includes("--browser");
const env = { ...process.env };
const seed = option("seed", undefined);
if (seed !== undefined) env.SOAK_SEED = seed;
let command;
if (browser) {
  env.SOAK_ROUNDS = option("rounds", "40");
  env.SOAK_MINUTES = option("minutes", "15");
  env.HTX_E2E_PORT ??= "4399";
  command = ["playwright", "test", "test/browser/soak.spec.ts", "--reporter=list"];
  console.log(`browser soak: ${env.SOAK_ROUNDS} rounds or ${env.SOAK_MINUTES} minutes`);
} else {
  env.SOAK_RUNS = option("runs", "20000");
  command = ["vitest", "run", "test/unit/storage/soak.test.ts"];
  console.log(`storage soak: ${env.SOAK_RUNS} sequences`);
}
const r = spawnSync("npx", command, { stdio: "inherit", env });
process.exit(r.status ?? 1);
