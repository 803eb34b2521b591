// Issue 13's measure: the reader's proposals on the four seed texts against their templates'
// indicators (≥ 95% right, ≤ 1 wrong proposal per programme), and the same bar on three programmes
// written for the tests. The table is printed with the test run.
import { describe, expect, it } from "vitest";
import { readTargetsFromText } from "../../../src/domain/textTargets";
import { type Score, scoreProposals, scoreTable } from "../../../src/domain/textTargets/scoring";
import { TEMPLATES } from "../../../src/templates";
import { SEED_TEXTS } from "../../fixtures/seed-texts";
import { HELD_OUT } from "../../fixtures/text-targets/heldOut";
import { foldText } from "../../../src/domain/text";

const seeds = TEMPLATES.filter((t) => !t.illustrative && t.templateId !== null && t.templateId in SEED_TEXTS);

function read(text: string, period: { startYear: number; endYear: number }) {
  const r = readTargetsFromText(text, period);
  if (!r.ok) throw new Error(`not read: ${r.notice.code}`);
  return r.reading;
}

function holdsTheBar(scores: readonly Score[]) {
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const right = scores.reduce((n, s) => n + s.right, 0);
  expect(expected).toBeGreaterThan(0);
  expect(
    right / expected,
    JSON.stringify(scores.map((s) => [s.programme, s.missedNames])),
  ).toBeGreaterThanOrEqual(0.95);
  for (const s of scores)
    expect(s.wrong, `${s.programme}: ${s.wrongNames.join(" | ")}`).toBeLessThanOrEqual(1);
}

describe("targets from text: how well", () => {
  it("reads the four seed programmes to their templates' indicators", () => {
    expect(seeds.map((t) => t.templateId).sort()).toEqual(Object.keys(SEED_TEXTS).sort());
    const scores = seeds.map((t) => {
      const reading = read(SEED_TEXTS[t.templateId ?? ""] ?? "", t);
      const expected = t.indicators.map((i) => ({
        name: i.name,
        unit: i.unit,
        kind: i.kind,
        ...pick(i.series),
      }));
      return scoreProposals(t.templateId ?? t.title, expected, reading.indicators);
    });
    console.log(`Targets from text, seed programmes:\n${scoreTable(scores)}`);
    holdsTheBar(scores);
  });

  it("reads three held-out programmes to the same bar, tasks included", () => {
    const scores = HELD_OUT.map((p) => {
      const reading = read(p.text, p.period);
      const titles = reading.tasks.map((t) => foldText(t.title));
      for (const want of p.tasks)
        expect(
          titles.some((t) => t.startsWith(foldText(want))),
          `${p.id}: ${want}`,
        ).toBe(true);
      return scoreProposals(p.id, p.indicators, reading.indicators);
    });
    console.log(`Targets from text, held-out programmes:\n${scoreTable(scores)}`);
    holdsTheBar(scores);
  });
});

function pick(series: Record<string, { total: unknown; plan: unknown }>) {
  const s = Object.values(series)[0];
  return { total: (s?.total ?? null) as never, plan: (s?.plan ?? {}) as never };
}
