// Every error kind has a message in Vietnamese and in English that names the place it concerns.
import { describe, expect, it } from "vitest";
import { planFileErrorText, planFileWarningText, placeText } from "../../../src/i18n/planFileErrorText";
import { fill } from "../../../src/i18n/bilingual";
import { MESSAGES, type MessageKey } from "../../../src/i18n/messages";
import type { Lang } from "../../../src/i18n/numbers";
import { readPlanFile, writePlanFile, type PlanFileError } from "../../../src/io";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

const say = (lang: Lang) => ({
  lang,
  t: (key: MessageKey, params?: Record<string, string | number>) => fill(MESSAGES[lang][key], params),
});

const ERRORS: PlanFileError[] = [
  { kind: "tooLarge", size: 60 * 1024 * 1024, limit: 50 * 1024 * 1024 },
  { kind: "empty" },
  { kind: "notUtf8", offset: 1234 },
  { kind: "notJson", offset: 5000, line: 212, column: 7 },
  { kind: "tooDeep", limit: 64, line: 3 },
  { kind: "unsafeKey", key: "__proto__", path: "$.plan.__proto__" },
  { kind: "notAPlanFile", reason: "notAnObject" },
  { kind: "notAPlanFile", reason: "noFormat" },
  { kind: "notAPlanFile", reason: "barePlan" },
  { kind: "notAPlanFile", reason: "badVersion" },
  { kind: "newerVersion", version: 2, supported: 1, appVersion: "2.0.0" },
  { kind: "newerVersion", version: 2, supported: 1, appVersion: null },
  { kind: "migrationFailed", from: 1, to: 2, reason: "TypeError: x" },
  {
    kind: "invalid",
    issues: [
      {
        code: "notFinite",
        place: { path: "$.plan.indicators[0].series.all.baseline", indicator: "1.2", cell: "baseline" },
      },
    ],
    total: 1,
  },
  {
    kind: "domain",
    problems: [
      {
        code: "shareOver100",
        place: {
          path: "$.plan.indicators[4]",
          indicator: "5",
          area: "Huyện Trà Cú",
          year: 2023,
          cell: "plan",
        },
      },
    ],
    total: 1,
  },
  { kind: "unexpected", reason: "RangeError: boom" },
];

describe("messages for a plan file that does not open", () => {
  it.each(ERRORS.map((e) => [e.kind, e] as const))(
    "%s has a message in vi and en, and no placeholder left",
    (_k, error) => {
      for (const lang of ["vi", "en"] as const) {
        const text = planFileErrorText(error, say(lang));
        expect(text.summary.length).toBeGreaterThan(10);
        expect([text.summary, ...text.details].join(" ")).not.toMatch(/\{\w+\}|undefined|\[object/);
        expect(text.nothingChanged).toBe(
          lang === "vi" ? "Dữ liệu đã lưu không bị thay đổi." : "Your stored data has not been changed.",
        );
      }
      expect(planFileErrorText(error, say("vi")).summary).not.toBe(
        planFileErrorText(error, say("en")).summary,
      );
    },
  );

  it("says the limit and the size in MB, the Vietnamese way in vi", () => {
    const e = ERRORS[0]!;
    expect(planFileErrorText(e, say("vi")).summary).toBe(
      "Tệp quá lớn (60 MB): chỉ mở được tệp kế hoạch tối đa 50 MB.",
    );
    const odd: PlanFileError = { kind: "tooLarge", size: 52_500_000, limit: 50 * 1024 * 1024 };
    expect(planFileErrorText(odd, say("vi")).summary).toContain("(50,1 MB)");
    expect(planFileErrorText(odd, say("en")).summary).toContain("(50.1 MB)");
  });

  it("names where a line is wrong", () => {
    expect(planFileErrorText(ERRORS[3]!, say("vi")).summary).toContain("dòng 212, cột 7");
    expect(planFileErrorText(ERRORS[3]!, say("en")).summary).toContain("line 212, column 7");
  });

  it("names the indicator, the sub-area, the year and the cell of each problem", () => {
    const domain = ERRORS[14]!;
    expect(planFileErrorText(domain, say("vi")).details).toEqual([
      "Chỉ tiêu 5, địa bàn Huyện Trà Cú, năm 2023, kế hoạch: Tỷ lệ không được vượt quá 100%",
    ]);
    expect(planFileErrorText(domain, say("en")).details).toEqual([
      "Indicator 5, sub-area Huyện Trà Cú, year 2023, plan: A share cannot exceed 100%",
    ]);
  });

  it("from a real file: a negative count in the first half of a year, and a missing title", () => {
    const file = JSON.parse(writePlanFile({ ...demoTraVinh, reporting: "halfYearly" }, new Date()));
    file.plan.indicators[1].series["cang-long"].actual["2021"] = undefined;
    file.plan.indicators[1].series["cang-long"].actual["2021-H1"] = { value: -2, status: "final" };
    const r = readPlanFile(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(planFileErrorText(r.error, say("vi"))).toMatchObject({
      summary: "Kế hoạch trong tệp có 1 lỗi:",
      details: ["Chỉ tiêu 2, địa bàn Huyện Càng Long, 6 tháng đầu năm 2021, thực hiện: Không được là số âm"],
    });
    delete file.plan.title;
    file.plan.indicators[1].series["cang-long"].actual["2021-H1"].value = "3";
    const r2 = readPlanFile(JSON.stringify(file));
    if (r2.ok) throw new Error("accepted");
    expect(planFileErrorText(r2.error, say("en")).details).toEqual([
      "Field “title” ($.plan.title): a required value is missing",
      "Indicator 2, sub-area Huyện Càng Long, first half of 2021, actual: a value of the wrong type (text where a number belongs, say)",
    ]);
  });

  it("says how many more problems there are beyond those listed", () => {
    const many: PlanFileError = {
      kind: "domain",
      problems: [{ code: "negative", place: { path: "$.plan.indicators[0]", indicator: "1" } }],
      total: 120,
    };
    expect(planFileErrorText(many, say("vi")).details.at(-1)).toBe("… và 119 lỗi khác.");
    expect(planFileErrorText(many, say("en")).details.at(-1)).toBe("… and 119 more.");
  });

  it("a place with nothing but its path shows the path", () => {
    expect(placeText({ path: "$.exportedAt" }, say("en"))).toBe("At $.exportedAt");
    expect(placeText({ path: "$.app.version", field: "app.version" }, say("vi"))).toBe(
      "Mục “app.version” ($.app.version)",
    );
  });

  it("warnings of a file that opened", () => {
    expect(planFileWarningText({ kind: "migrated", from: 1, to: 2 }, say("vi"))).toBe(
      "Tệp định dạng 1 đã được chuyển sang định dạng 2.",
    );
    expect(planFileWarningText({ kind: "textNormalized", count: 1360 }, say("vi"))).toBe(
      "1.360 đoạn văn bản đã được chuẩn hóa Unicode (NFC).",
    );
    expect(planFileWarningText({ kind: "textNormalized", count: 1360 }, say("en"))).toBe(
      "1,360 texts were normalized to Unicode NFC.",
    );
  });
});
