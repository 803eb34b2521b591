// docs/file-format.md is for people writing converters: its example must be a file the app opens,
// and its list of error kinds must be the reader's.
import { describe, expect, it } from "vitest";
import doc from "../../../docs/file-format.md?raw";
import { readPlanFile, type PlanFileErrorKind } from "../../../src/io";

const KINDS: Record<PlanFileErrorKind, true> = {
  tooLarge: true,
  empty: true,
  notUtf8: true,
  notJson: true,
  tooDeep: true,
  unsafeKey: true,
  notAPlanFile: true,
  newerVersion: true,
  migrationFailed: true,
  invalid: true,
  domain: true,
  unexpected: true,
};

describe("docs/file-format.md", () => {
  it("its example opens", () => {
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const example = blocks.at(-1)!;
    const r = readPlanFile(example);
    expect(r.ok ? r.plan.indicators.length : r.error).toBe(2);
  });

  it("names every error kind a reader reports", () => {
    for (const kind of Object.keys(KINDS).filter((k) => k !== "unexpected"))
      expect(doc).toContain(`\`${kind}\``);
  });
});
