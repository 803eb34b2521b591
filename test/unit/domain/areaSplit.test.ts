import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { splitByProportion, splitEqually, splitGap } from "../../../src/domain/areaSplit";

describe("splitting a province target over communes", () => {
  it("in proportion to a baseline, whole units adding up to the target", () => {
    // 10 HTX over communes that have 1, 2 and 7 HTX now
    expect(splitByProportion(10, [1, 2, 7], true)).toEqual({ ok: true, values: [1, 2, 7] });
    // 10 over 1, 1, 1: 3⅓ each; the one unit left goes to the earliest
    expect(splitByProportion(10, [1, 1, 1], true)).toEqual({ ok: true, values: [4, 3, 3] });
  });

  it("gives the units left over to the largest remainders, not blindly to the first", () => {
    // exact 0.1 and 9.9: the second loses 0.9 to rounding, the first only 0.1
    expect(splitByProportion(10, [1, 99], true)).toEqual({ ok: true, values: [0, 10] });
    // 7 over 2, 3, 5: exact 1.4, 2.1, 3.5 → floors 1, 2, 3, remainders .4 .1 .5: the one unit left goes to the last
    expect(splitByProportion(7, [2, 3, 5], true)).toEqual({ ok: true, values: [1, 2, 4] });
  });

  it("a commune with a zero baseline gets nothing", () => {
    expect(splitByProportion(5, [0, 3, 0, 2], true)).toEqual({ ok: true, values: [0, 3, 0, 2] });
    // ties among positive weights go to the earliest; zero weights never get a left-over unit
    expect(splitByProportion(1, [0, 1, 1], true)).toEqual({ ok: true, values: [0, 1, 0] });
  });

  it("refuses all-zero, negative and missing weights", () => {
    expect(splitByProportion(5, [0, 0], true)).toEqual({ ok: false, problem: "noWeights" });
    expect(splitByProportion(5, [], true)).toEqual({ ok: false, problem: "noWeights" });
    expect(splitByProportion(5, [1, -1, 3], true)).toEqual({ ok: false, problem: "negativeWeight" });
    expect(splitByProportion(5, [1, Number.NaN], true)).toEqual({ ok: false, problem: "badWeight" });
  });

  it("money and other non-count units are split exactly", () => {
    const r = splitByProportion(100, [1, 3], false);
    expect(r).toEqual({ ok: true, values: [25, 75] });
  });

  it("equal parts give the remainder to the earliest sub-areas", () => {
    expect(splitEqually(3, 5, true)).toEqual([1, 1, 1, 0, 0]);
    expect(splitEqually(170, 170, true).every((v) => v === 1)).toBe(true);
  });

  it("the gap says how far the parts are from the province target", () => {
    expect(splitGap(100, [30, 40, 18])).toBe(12);
    expect(splitGap(100, [30, null, 80])).toBe(-10);
  });

  it("law: whole parts always add up to the target and each is within one unit of its exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 200 }),
        (total, weights) => {
          const r = splitByProportion(total, weights, true);
          const sum = weights.reduce((a, b) => a + b, 0);
          if (sum === 0) return !r.ok;
          if (!r.ok) return false;
          const got = r.values.reduce((a, b) => a + b, 0);
          return (
            got === total &&
            r.values.every(
              (v, i) => Number.isInteger(v) && Math.abs(v - (total * weights[i]!) / sum) < 1 + 1e-9,
            ) &&
            r.values.every((v, i) => weights[i] !== 0 || v === 0)
          );
        },
      ),
    );
  });
});
