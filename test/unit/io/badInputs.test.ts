// The bad inputs of issue 3, each with the error it must give — kind and place — and never an
// exception.
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readPlanFile, writePlanFile, type PlanFileError } from "../../../src/io";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

const NOW = new Date("2026-01-15T00:00:00.000Z");
const goodText = writePlanFile(demoTraVinh, NOW);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The demo file (sub-areas, actuals) as an object to spoil, then as text. */
function spoil(change: (file: Json) => void): string {
  const file = JSON.parse(goodText) as Json;
  change(file);
  return JSON.stringify(file, null, 2);
}

function errorOf(input: string | Uint8Array): PlanFileError {
  const r = readPlanFile(input);
  if (r.ok) throw new Error("the file was accepted");
  return r.error;
}

/** Set a key as an own property, as JSON.parse would ("__proto__" by assignment sets the prototype). */
const own = (obj: Json, key: string, value: unknown) =>
  Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });

const ind = (file: Json, code: string) => (file.plan.indicators as Json[]).find((i) => i.code === code)!;

describe("bad plan files are refused with a typed, located error", () => {
  it.each<[string, string | Uint8Array, Partial<PlanFileError> & { kind: PlanFileError["kind"] }]>([
    ["not JSON", "Kế hoạch năm 2021", { kind: "notJson", line: 1, column: 1 }],
    ["an empty file", "  \n", { kind: "empty" }],
    ["JSON that is a list", "[1, 2, 3]", { kind: "notAPlanFile", reason: "notAnObject" }],
    ["JSON of another program", '{"name": "x", "rows": []}', { kind: "notAPlanFile", reason: "noFormat" }],
    [
      "a plan without its envelope",
      JSON.stringify(demoTraVinh),
      { kind: "notAPlanFile", reason: "barePlan" },
    ],
    [
      "a version that is not a number",
      spoil((f) => (f.formatVersion = "1")),
      { kind: "notAPlanFile", reason: "badVersion" },
    ],
    [
      "a newer version",
      spoil((f) => {
        f.formatVersion = 3;
        f.app.version = "3.0.0";
      }),
      { kind: "newerVersion", version: 3, supported: 2, appVersion: "3.0.0" },
    ],
    [
      "a truncated file",
      goodText.slice(0, 1000),
      { kind: "notJson", offset: 1000, line: goodText.slice(0, 1000).split("\n").length },
    ],
    [
      "invalid UTF-8",
      new Uint8Array([...new TextEncoder().encode('{"a": "'), 0xff, 0x22, 0x7d]),
      { kind: "notUtf8", offset: 7 },
    ],
    [
      "a UTF-16 file (as Excel saves text)",
      new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
      { kind: "notUtf8", offset: 0 },
    ],
    [
      "a __proto__ key",
      spoil((f) => own(f.plan.indicators[0].series, "__proto__", { polluted: true })),
      { kind: "unsafeKey", key: "__proto__", path: "$.plan.indicators[0].series.__proto__" },
    ],
    [
      "a constructor key",
      spoil((f) => own(f.app, "constructor", { prototype: {} })),
      { kind: "unsafeKey", key: "constructor" },
    ],
    [
      "a __proto__ key spelled with escapes",
      goodText.replace('"plan": {', '"plan": {"\\u005f_proto__": {"polluted": true},'),
      { kind: "unsafeKey", key: "__proto__", path: "$.plan.__proto__" },
    ],
    [
      "nesting 65 levels deep",
      `{"format":"htx-plan","formatVersion":1,"plan":${"[".repeat(64)}${"]".repeat(64)}}`,
      { kind: "tooDeep", limit: 64 },
    ],
    [
      "nesting 200 000 levels deep",
      "[".repeat(200_000) + "]".repeat(200_000),
      { kind: "tooDeep", limit: 64 },
    ],
    ["nesting deep and cut off", "[".repeat(200_000), { kind: "tooDeep" }],
  ])("%s", (_label, input, expected) => {
    expect(errorOf(input)).toMatchObject(expected);
  });

  it("over the size limit (50 MB), before reading a byte", () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(errorOf(big)).toEqual({ kind: "tooLarge", size: MAX_FILE_BYTES + 1, limit: 50 * 1024 * 1024 });
    expect(errorOf(" ".repeat(MAX_FILE_BYTES + 1))).toMatchObject({ kind: "tooLarge" });
    // 20 million "đ" are 40 MB of UTF-16 but 40 MB of UTF-8 too: under the limit as text, yet
    // 26 million are 52 MB of UTF-8 — counted, not guessed from the length.
    expect(errorOf("đ".repeat(26_500_000))).toMatchObject({ kind: "tooLarge", size: 53_000_000 });
  });

  it("1e309 (Infinity once parsed), with its place", () => {
    const text = goodText.replace(/("2021": \{\s*"value": )18,/, "$11e309,");
    expect(text).not.toBe(goodText);
    const e = errorOf(text);
    expect(e).toMatchObject({ kind: "invalid", total: 1 });
    expect(e.kind === "invalid" && e.issues[0]).toEqual({
      code: "notFinite",
      place: {
        path: '$.plan.indicators[0].series["tra-cu"].actual["2021"].value',
        indicator: "1",
        area: "Huyện Trà Cú",
        year: 2021,
        cell: "actual",
        field: "value",
      },
    });
  });

  it("a number beyond 2^53, and -1e309", () => {
    const e = errorOf(
      spoil((f) => {
        ind(f, "4").series["con-lai"].baseline = 1e20;
      }).replace('"formatVersion": 2,', '"formatVersion": 2, "x": -1e309,'),
    );
    expect(e.kind === "invalid" && e.issues.map((i) => [i.code, i.place.path])).toEqual([
      ["tooBig", '$.plan.indicators[3].series["con-lai"].baseline'],
      ["unknownField", "$"],
    ]);
  });

  it("a negative count", () => {
    const e = errorOf(spoil((f) => (ind(f, "2").series["cang-long"].actual["2022"].value = -3)));
    expect(e).toMatchObject({ kind: "domain", total: 1 });
    expect(e.kind === "domain" && e.problems[0]).toEqual({
      code: "negative",
      place: {
        path: '$.plan.indicators[1].series["cang-long"].actual["2022"]',
        indicator: "2",
        area: "Huyện Càng Long",
        year: 2022,
        cell: "actual",
      },
    });
  });

  it("a share of 140%", () => {
    const e = errorOf(
      spoil((f) => (ind(f, "6").series["con-lai"].plan["2024"] = { bound: "exact", value: 140 })),
    );
    expect(
      e.kind === "domain" && e.problems.map((p) => [p.code, p.place.indicator, p.place.year, p.place.cell]),
    ).toEqual([["shareOver100", "6", 2024, "plan"]]);
  });

  it("a fraction of an HTX and a range whose minimum exceeds its maximum", () => {
    const e = errorOf(
      spoil((f) => {
        ind(f, "2").series["tra-cu"].total = { bound: "exact", value: 2.5 };
        ind(f, "4").series["tra-cu"].total = { bound: "range", min: 20, max: 15 };
      }),
    );
    expect(e.kind === "domain" && e.problems.map((p) => [p.code, p.place.indicator, p.place.cell])).toEqual([
      ["notWhole", "2", "total"],
      ["rangeMinOverMax", "4", "total"],
    ]);
  });

  it("duplicate ids", () => {
    const e = errorOf(
      spoil((f) => {
        f.plan.indicators[3].id = f.plan.indicators[2].id;
        f.plan.subAreas.push({ ...f.plan.subAreas[0] });
      }),
    );
    expect(e.kind === "domain" && e.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(["duplicateIndicatorId", "duplicateSubAreaId"]),
    );
  });

  it("periods outside the programme", () => {
    const e = errorOf(
      spoil((f) => {
        ind(f, "1").series["tra-cu"].plan["2030"] = { bound: "exact", value: 5 };
        ind(f, "1").series["tra-cu"].actual["2021-H1"] = { value: 5, status: "final" }; // a yearly plan
      }),
    );
    expect(
      e.kind === "domain" && e.problems.map((p) => [p.code, p.place.year, p.place.half ?? null]),
    ).toEqual([
      ["periodOutsidePlan", 2030, null],
      ["periodOutsidePlan", 2021, "H1"],
    ]);
  });

  it("values of the wrong form, an unknown field, a missing field — each located", () => {
    const e = errorOf(
      spoil((f) => {
        f.plan.indicators[0].unit = "cái";
        f.plan.indicators[1].series["tra-cu"].plan["20x1"] = { bound: "exact", value: 1 };
        f.plan.tasks = [
          {
            id: "t1",
            code: "3",
            title: "Việc",
            agency: "",
            deadline: "31/12/2025",
            status: "done",
            note: "",
            source: "",
            owner: "?",
          },
        ];
        delete f.plan.title;
        f.plan.startYear = 2021.5;
      }),
    );
    expect(e.kind).toBe("invalid");
    const issues =
      e.kind === "invalid"
        ? e.issues.map((i) => [i.code, i.place.indicator ?? i.place.task ?? null, i.place.field ?? null])
        : [];
    expect(issues).toEqual(
      expect.arrayContaining([
        ["badValue", "1", "unit"],
        ["badKey", "2", null],
        ["badFormat", "3", "deadline"],
        ["unknownField", "3", null],
        ["missing", null, "title"],
        ["notWhole", null, "startYear"],
      ]),
    );
  });

  it("a file with a byte order mark opens", () => {
    const r = readPlanFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(goodText)]));
    expect(r.ok).toBe(true);
    expect(readPlanFile(`\uFEFF${goodText}`).ok).toBe(true);
  });

  it("lists at most 50 problems and says how many there were", () => {
    const e = errorOf(
      spoil((f) => {
        for (const i of f.plan.indicators) for (const s of Object.values(i.series) as Json[]) s.baseline = -1;
      }),
    );
    expect(e).toMatchObject({ kind: "domain", total: 27 });
    const many = errorOf(
      spoil((f) => {
        for (let k = 0; k < 80; k++) f.plan.subAreas.push({ id: `x${k}`, code: "", name: "", groupId: null });
      }),
    );
    expect(many.kind === "invalid" && [many.issues.length, many.total]).toEqual([50, 80]);
  });
});
