import { describe, expect, it } from "vitest";
import { chartModel } from "../../../src/charts/chartData";
import { fileSlug, periodLong, requiredText, targetText, tickLabel } from "../../../src/charts/chartLabels";
import { fill } from "../../../src/i18n/bilingual";
import { MESSAGES, type MessageKey } from "../../../src/i18n/messages";
import type { Indicator, Series } from "../../../src/domain/schema";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

const vi = (key: MessageKey, params?: Record<string, string | number>) => fill(MESSAGES.vi[key], params);
const en = (key: MessageKey, params?: Record<string, string | number>) => fill(MESSAGES.en[key], params);

describe("chart labels", () => {
  it("name half-years and the baseline the way planners say them", () => {
    const h1 = { year: 2021, half: "H1" as const, isBaseline: false };
    const h2 = { year: 2021, half: "H2" as const, isBaseline: false };
    expect(tickLabel(h1, vi, false)).toBe("6T đầu 2021");
    expect(tickLabel(h2, vi, false)).toBe("Cả năm 2021");
    expect(tickLabel(h2, vi, true)).toBe("6T cuối 2021");
    expect(tickLabel({ year: 2020, half: null, isBaseline: true }, vi, false)).toBe("Gốc 2020");
    expect(periodLong(h1, vi, false)).toBe("6 tháng đầu năm 2021");
    expect(periodLong(h1, en, false)).toBe("First half of 2021");
  });

  it("a half-yearly plan has two rows a year", () => {
    const m = chartModel(benTre2021, benTre2021.indicators[0]!, "cumulative")!;
    expect(m.rows.map((r) => r.key)).toEqual(["2021-H1", "2021-H2"]);
  });

  it("write targets with their wording, in the locale", () => {
    expect(targetText({ lo: 250, hi: 250, bound: "atLeast" }, "tht", "vi")).toBe("≥ 250");
    expect(targetText({ lo: 1360, hi: 1360, bound: "exact" }, "people", "vi")).toBe("1.360");
    expect(targetText({ lo: 20, hi: 30, bound: "range" }, "percent", "vi")).toBe("20–30%");
    expect(targetText({ lo: 5.5, hi: 5.5, bound: "about" }, "percent", "en")).toBe("~5.5%");
  });

  it("say the pace still required", () => {
    const ind = traVinh2021.indicators.find((i) => i.code === "2") as Indicator;
    const s = { ...(ind.series.all as Series), actual: { "2021": { value: 8, status: "final" as const } } };
    const m = chartModel(traVinh2021, { ...ind, series: { all: s } }, "cumulative")!;
    expect(requiredText(m, "HTX", vi, "vi")).toBe("Cần đạt bình quân 10,5 HTX/năm trong 4 năm còn lại");
  });

  it("make file names any system accepts", () => {
    expect(fileSlug("1 Phát triển mới tổ hợp tác")).toBe("1-phat-trien-moi-to-hop-tac");
    expect(fileSlug("Đạt <script>")).toBe("dat-script");
    expect(fileSlug("***")).toBe("bieu-do");
  });
});
