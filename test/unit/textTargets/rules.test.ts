// Each rule of the targets-from-text reader, on the sentences it is meant for (ruleExamples.ts).
import { describe, expect, it } from "vitest";
import { readTargetsFromText } from "../../../src/domain/textTargets";
import {
  EXAMPLE_PERIOD,
  RULE_EXAMPLES,
  type RuleExample,
  type RuleName,
} from "../../../src/domain/textTargets/ruleExamples";

const cases = Object.entries(RULE_EXAMPLES).flatMap(([rule, examples]) =>
  examples.map((ex) => [rule as RuleName, ex.text, ex] as const),
);

describe("targets from text: every rule on its examples", () => {
  it.each(cases)("%s: %s", (rule, text, ex: RuleExample) => {
    const r = readTargetsFromText(text, EXAMPLE_PERIOD);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    if ("task" in ex) {
      const task = r.reading.tasks[0];
      expect(task, JSON.stringify(r.reading)).toBeDefined();
      expect({ title: task?.title, deadline: task?.deadline }).toEqual(ex.task);
      expect(task?.rule.split(" + ")).toContain(rule);
      return;
    }
    const p = r.reading.indicators[ex.index ?? 0];
    expect(p, JSON.stringify(r.reading.indicators, null, 1)).toBeDefined();
    if (!p) return;
    expect({ unit: p.unit, kind: p.kind, total: p.total, plan: p.plan }).toEqual({ plan: {}, ...ex.expect });
    expect(p.rule.split(" + ")).toContain(rule);
    expect(p.confidence).toBeGreaterThan(0);
    expect(p.confidence).toBeLessThanOrEqual(1);
    expect(text.slice(p.figure.start, p.figure.end)).toMatch(/\d|ba/);
  });
});
