// Sums of bands (the cumulative plan, roll-ups) keep the wording combineBounds() gives them.
import { describe, expect, it } from "vitest";
import { addBands, type Band, combineBounds } from "../../../src/domain/targets";

const band = (lo: number, hi: number, bound: Band["bound"]): Band => ({ lo, hi, bound });

describe("addBands", () => {
  it("sums the ends", () => {
    expect(addBands([band(1, 2, "range"), band(3, 3, "atLeast")])).toEqual(band(4, 5, "range"));
    expect(addBands([])).toBeNull();
  });

  it("keeps the wording of every combination as combineBounds() does", () => {
    const bounds: Band["bound"][] = ["exact", "atLeast", "atMost", "about", "range"];
    for (const a of bounds)
      for (const b of bounds)
        for (const c of bounds) {
          const bands = [band(1, 1, a), band(2, 2, b), band(3, 3, c)];
          const sum = addBands(bands);
          expect(sum?.bound).toBe(combineBounds([a, b, c], 6, 6));
          if (a === b && b === c && a !== "range") expect(sum?.bound).toBe(a);
        }
    expect(addBands([band(1, 2, "atLeast"), band(3, 3, "atLeast")])?.bound).toBe("range");
  });
});
