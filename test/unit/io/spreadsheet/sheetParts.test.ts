import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readForMapping } from "../../../../src/io/spreadsheet/readForMapping";
import { SheetReadJoiner, splitSheetRead } from "../../../../src/io/worker/sheetParts";
import { trackingWorkbook } from "../../../fixtures/spreadsheets/provincialSheet";

/** What the page gets: the parts in order, then the head, joined. */
function sentAndJoined(read: Awaited<ReturnType<typeof readForMapping>>, size: number) {
  const { head, parts } = splitSheetRead(read, size);
  const joiner = new SheetReadJoiner();
  for (const part of structuredClone(parts)) joiner.add(part);
  return { joined: joiner.join(structuredClone(head)), head, parts };
}

describe("a spreadsheet read sent to the page in parts", () => {
  it("joins back to the read the worker made, whatever the size of the parts", async () => {
    const read = await readForMapping("bieu.xlsx", trackingWorkbook());
    expect(read.read.ok && read.proposal).toBeTruthy();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (size) => {
        expect(sentAndJoined(read, size).joined).toEqual(read);
      }),
      { numRuns: 40 },
    );
  });

  it("keeps every part small: no part holds more than its share of rows, lines or problems", async () => {
    const read = await readForMapping("bieu.xlsx", trackingWorkbook());
    const { head, parts } = sentAndJoined(read, 3);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) {
      const n = p.what === "rows" ? p.rows.length : p.what === "lines" ? p.lines.length : p.problems.length;
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(3);
    }
    expect(head.read.ok && head.read.sheets.every((s) => s.rows.length === 0)).toBe(true);
    expect(head.proposal?.preview.lines).toEqual([]);
  });

  it("sends a refused file as it is, with no parts", async () => {
    const read = await readForMapping(
      "old.xls",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    expect(read.read.ok).toBe(false);
    const { joined, parts } = sentAndJoined(read, 10);
    expect(parts).toEqual([]);
    expect(joined).toEqual(read);
  });
});
