import { describe, expect, it } from "vitest";
import type { Plan } from "../../../src/domain/schema";
import { readBackupFile, writeBackupFile } from "../../../src/io/backupFile";
import { writePlanFile } from "../../../src/io";
import { createInlineReader } from "../../../src/io/worker/planFileReader";
import { readForImport } from "../../../src/io/worker/readForImport";
import { foreignKind } from "../../../src/io/worker/fileKind";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { TEMPLATES } from "../../../src/templates";

const NOW = new Date("2025-06-30T08:00:00.000Z");
const enc = (text: string) => new TextEncoder().encode(text);
const held: Plan[] = [];
const hold = (plan: Plan) => {
  held.push(plan);
  return `t${held.length}`;
};

describe("reading a file for the import screen", () => {
  it("summarises a plan file: title, province, period, counts of indicators, values and tasks", () => {
    const read = readForImport("demo.htxplan.json", enc(writePlanFile(demoTraVinh, NOW)), hold);
    expect(read.backup).toBe(false);
    const [item] = read.items;
    expect(item?.ok).toBe(true);
    if (!item?.ok) return;
    expect(item.summary).toMatchObject({
      id: demoTraVinh.id,
      title: demoTraVinh.title,
      province: "old:tra-vinh",
      startYear: 2021,
      endYear: 2025,
      indicators: demoTraVinh.indicators.length,
      tasks: demoTraVinh.tasks.length,
      illustrative: true,
    });
    expect(item.summary.subAreas.map((a) => a.id)).toEqual(["tra-cu", "cang-long", "con-lai"]);
    expect(item.summary.values).toBeGreaterThan(100);
    expect(item.summary.file.exportedAt).toBe(NOW.toISOString());
  });

  it("tells what a file that is not a plan at all is", () => {
    const kind = (bytes: number[] | string, name = "x") =>
      foreignKind(typeof bytes === "string" ? enc(bytes) : new Uint8Array(bytes), name);
    expect(kind([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).toBe("image");
    expect(kind([0xff, 0xd8, 0xff, 0xe0])).toBe("image");
    expect(kind("%PDF-1.7")).toBe("pdf");
    expect(kind("PK\u0003\u0004[Content_Types].xml xl/workbook.xml")).toBe("spreadsheet");
    expect(kind("PK\u0003\u0004word/document.xml")).toBe("document");
    expect(kind([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "ke-hoach.xls")).toBe("spreadsheet");
    expect(kind([0xff, 0xfe, 0x7b, 0x00])).toBe("utf16");
    expect(kind('<svg xmlns="http://www.w3.org/2000/svg">')).toBe("image");
    expect(kind('{"format": "htx-plan"}')).toBeNull();
    const csv = readForImport("so-lieu.csv", enc("Mã;Chỉ tiêu\r\n1;HTX\r\n"), hold);
    expect(csv.items[0]).toEqual({ ok: false, error: { kind: "foreign", what: "text" }, entry: null });
  });

  it("passes the plan reader's located errors through", () => {
    const bad = JSON.parse(writePlanFile(demoTraVinh, NOW));
    bad.plan.indicators[1].series["tra-cu"].actual["2023"].value = -5;
    const [item] = readForImport("x.htxplan.json", enc(JSON.stringify(bad)), hold).items;
    expect(item?.ok).toBe(false);
    if (item?.ok !== false) return;
    expect(item.error.kind).toBe("domain");
    const other = readForImport("x.json", enc('{"name": "another program"}'), hold).items[0];
    expect(other).toMatchObject({ ok: false, error: { kind: "notAPlanFile", reason: "noFormat" } });
    expect(readForImport("empty.json", new Uint8Array(), hold).items[0]).toMatchObject({
      error: { kind: "empty" },
    });
  });

  it("reads every plan of a backup with the plan reader, each on its own", () => {
    const text = writeBackupFile(TEMPLATES, NOW);
    const file = JSON.parse(text);
    file.plans[1].plan.title = "";
    const read = readForImport("sao-luu.htxplan-backup.json", enc(JSON.stringify(file)), hold);
    expect(read.backup).toBe(true);
    expect(read.items.map((i) => i.ok)).toEqual([true, false, true, true, true]);
    expect(read.items.map((i) => i.entry)).toEqual([0, 1, 2, 3, 4]);
    expect(read.items[1]).toMatchObject({ ok: false, error: { kind: "invalid" } });
  });

  it("refuses a backup envelope that is wrong or too new, and round-trips a good one", () => {
    expect(readBackupFile(enc('{"format": "htx-plan-backup", "formatVersion": 1}'))).toMatchObject({
      ok: false,
      error: { kind: "backupInvalid" },
    });
    expect(
      readBackupFile(enc('{"format": "htx-plan-backup", "formatVersion": 9, "plans": []}')),
    ).toMatchObject({
      ok: false,
      error: { kind: "backupNewer", version: 9 },
    });
    const back = readBackupFile(enc(writeBackupFile(TEMPLATES, NOW)));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.entries.map((e) => (e.ok ? e.plan : null))).toEqual(TEMPLATES);
    expect(back.exportedAt).toBe(NOW.toISOString());
  });

  it("keeps each plan read until it is asked for or released (the page-side reader)", async () => {
    const reader = createInlineReader();
    const read = await reader.read(
      "demo.htxplan.json",
      enc(writePlanFile(demoTraVinh, NOW)).buffer as ArrayBuffer,
    );
    const item = read.items[0];
    if (!item?.ok) throw new Error("not read");
    expect(await reader.plan(item.token)).toEqual(demoTraVinh);
    reader.release([item.token]);
    expect(await reader.plan(item.token)).toBeNull();
  });
});
