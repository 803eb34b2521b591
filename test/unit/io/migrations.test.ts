// The migration chain. Version 1 is the first format, so the real chain is empty; these tests hold
// the rules every future version must follow (a fixture per version, a test per step, steps without
// gaps) and show with test-only steps that a chain runs, in order, through the reader.
import { describe, expect, it } from "vitest";
import { readPlanFile, writePlanFile } from "../../../src/io";
import {
  migrate,
  MIGRATIONS,
  oldestReadableVersion,
  type MigrationStep,
  type RawFile,
} from "../../../src/io/migrations";
import { CURRENT_FORMAT_VERSION } from "../../../src/io/planFileFormat";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

// Which files exist, as Vite sees them (no Node fs: the unit tests are typed for the browser).
const fixtureFiles = Object.keys(import.meta.glob("../../fixtures/*.htxplan.json")).map((p) =>
  p.split("/").pop()!,
);
const stepTestFiles = Object.keys(import.meta.glob("./migrations/step-*.test.ts")).map((p) =>
  p.split("/").pop()!,
);

describe("the rules of the chain", () => {
  it("every format version from 1 to the current one has a fixture that stays forever", () => {
    for (let v = 1; v <= CURRENT_FORMAT_VERSION; v++) {
      expect(fixtureFiles, `test/fixtures/plan-v${v}.htxplan.json`).toContain(`plan-v${v}.htxplan.json`);
    }
    expect([...fixtureFiles].sort()).toEqual(
      Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => `plan-v${i + 1}.htxplan.json`).sort(),
    );
  });

  it("every step N→N+1 has its own test file", () => {
    for (const step of MIGRATIONS) {
      expect(stepTestFiles, `test/unit/io/migrations/step-${step.from}.test.ts`).toContain(
        `step-${step.from}.test.ts`,
      );
    }
  });

  it("the steps go from 1 to the current version, one version each, in order", () => {
    expect(MIGRATIONS.map((s) => s.from)).toEqual(
      Array.from({ length: CURRENT_FORMAT_VERSION - 1 }, (_, i) => i + 1),
    );
    expect(oldestReadableVersion()).toBe(1);
  });
});

// A made-up history: version -1 kept the plan under "data", version 0 called the title "name".
const fromMinus1: MigrationStep = {
  from: -1,
  name: "the plan moves from data to plan",
  up: ({ data, ...rest }: RawFile) => ({ ...rest, plan: data }),
};
const from0: MigrationStep = {
  from: 0,
  name: "name becomes title",
  up: (file) => {
    const { name, ...plan } = file.plan as RawFile;
    return { ...file, plan: { ...plan, title: name } };
  },
};

function oldFile(version: number): string {
  const file = JSON.parse(writePlanFile(demoTraVinh, new Date("2020-01-01T00:00:00Z"))) as RawFile;
  const { title, ...plan } = file.plan as RawFile;
  const old: RawFile = { ...file, formatVersion: version, plan: { ...plan, name: title } };
  if (version === -1) {
    old.data = old.plan;
    delete old.plan;
  }
  return JSON.stringify(old);
}

describe("a chain of test-only steps", () => {
  it("runs each step in order and stamps the version", () => {
    const seen: number[] = [];
    const step = (from: number): MigrationStep => ({
      from,
      name: `step ${from}`,
      up: (f) => {
        seen.push(f.formatVersion as number);
        return { ...f, [`s${from}`]: true };
      },
    });
    const r = migrate({ formatVersion: 1 }, 1, 4, [step(3), step(1), step(2)]);
    expect(seen).toEqual([1, 2, 3]);
    expect(r).toEqual({ ok: true, file: { formatVersion: 4, s1: true, s2: true, s3: true } });
  });

  it("opens a version 0 file through the reader, with a warning", () => {
    const r = readPlanFile(oldFile(0), { migrations: [from0, ...MIGRATIONS] });
    expect(r).toMatchObject({
      ok: true,
      fromVersion: 0,
      warnings: [{ kind: "migrated", from: 0, to: CURRENT_FORMAT_VERSION }],
    });
    expect(r.ok && r.plan).toEqual(demoTraVinh);
  });

  it("opens a version -1 file through two steps", () => {
    const r = readPlanFile(oldFile(-1), { migrations: [from0, fromMinus1, ...MIGRATIONS] });
    expect(r.ok && r.plan).toEqual(demoTraVinh);
  });

  it("without the steps, an old version is not a plan file this app knows", () => {
    expect(readPlanFile(oldFile(0))).toMatchObject({
      ok: false,
      error: { kind: "notAPlanFile", reason: "badVersion" },
    });
  });

  it("a missing or failing step is a migrationFailed error naming the step", () => {
    expect(readPlanFile(oldFile(-1), { migrations: [fromMinus1] })).toEqual({
      ok: false,
      error: { kind: "migrationFailed", from: 0, to: 1, reason: "no migration step" },
    });
    const broken: MigrationStep = {
      from: 0,
      name: "broken",
      up: () => {
        throw new TypeError("cannot read name");
      },
    };
    expect(readPlanFile(oldFile(0), { migrations: [broken] })).toEqual({
      ok: false,
      error: { kind: "migrationFailed", from: 0, to: 1, reason: "TypeError: cannot read name" },
    });
  });

  it("what a step makes is still validated strictly", () => {
    const sloppy: MigrationStep = { from: 0, name: "forgets the title", up: (f) => f };
    const r = readPlanFile(oldFile(0), { migrations: [sloppy, ...MIGRATIONS] });
    expect(r.ok ? null : r.error.kind).toBe("invalid");
  });
});
