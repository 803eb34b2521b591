import { describe, expect, it } from "vitest";
import { readSubAreaList } from "../../../src/domain/subAreaList";

describe("a pasted list of sub-areas", () => {
  it("one name a line, blank lines skipped, names trimmed and NFC", () => {
    const r = readSubAreaList("Xã An Phú\r\n\r\n  Phường 1 \nXa\u0300 Long Hòa\n", []);
    expect(r).toEqual({
      ok: true,
      items: [
        { line: 1, code: "", name: "Xã An Phú" },
        { line: 3, code: "", name: "Phường 1" },
        { line: 4, code: "", name: "Xà Long Hòa" },
      ],
    });
  });

  it("codes as 'mã – tên', 'mã - tên' or two Excel columns", () => {
    const r = readSubAreaList("29227 – Xã An Phú\n29230 - Phường 1\n29233\tXã Tân Thành", []);
    expect(r.ok && r.items.map((i) => [i.code, i.name])).toEqual([
      ["29227", "Xã An Phú"],
      ["29230", "Phường 1"],
      ["29233", "Xã Tân Thành"],
    ]);
  });

  it("a dash inside a name is not a code", () => {
    const r = readSubAreaList("Xã Long Hòa - Bình Đại\nPhường Tân Ngãi – Vĩnh Long", []);
    expect(r.ok && r.items.map((i) => [i.code, i.name])).toEqual([
      ["", "Xã Long Hòa - Bình Đại"],
      ["", "Phường Tân Ngãi – Vĩnh Long"],
    ]);
  });

  it("duplicates in the list or with the plan are reported with their lines", () => {
    const r = readSubAreaList("Xã An Phú\nXã Tân Thành\nXA AN PHU\nPhường 1", ["Phường 1"]);
    expect(r).toEqual({
      ok: false,
      problems: [
        { problem: "duplicateName", line: 3, name: "XA AN PHU" },
        { problem: "duplicateName", line: 4, name: "Phường 1" },
      ],
    });
  });

  it("too long names, too many sub-areas and an empty paste are refused", () => {
    expect(readSubAreaList("x".repeat(201), [])).toEqual({
      ok: false,
      problems: [{ problem: "nameTooLong", line: 1, max: 200 }],
    });
    const many = Array.from({ length: 501 }, (_, i) => `Xã ${i + 1}`).join("\n");
    expect(readSubAreaList(many, [])).toEqual({ ok: false, problems: [{ problem: "tooMany", max: 500 }] });
    expect(readSubAreaList(" \n\n", [])).toEqual({ ok: false, problems: [{ problem: "empty" }] });
  });

  it("170 communes of a merged province in one paste", () => {
    const text = Array.from({ length: 170 }, (_, i) => `${29000 + i} – Xã số ${i + 1}`).join("\n");
    const r = readSubAreaList(text, []);
    expect(r.ok && r.items.length).toBe(170);
  });
});
