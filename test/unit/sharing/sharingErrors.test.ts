import { describe, expect, it } from "vitest";
import { combinePlans } from "../../../src/domain/sharing/combinePlans";
import { proposeMatching } from "../../../src/domain/sharing/indicatorMatching";
import { mergePlan } from "../../../src/domain/sharing/mergePlan";
import { planDiff } from "../../../src/domain/sharing/planDiff";
import { rollForward } from "../../../src/domain/sharing/rollForward";
import { exportSubArea, mergeSubArea } from "../../../src/domain/sharing/subAreaExport";
import { MESSAGES } from "../../../src/i18n/messages";
import {
  cellLabel,
  combineErrorMessage,
  mergeErrorMessage,
  rollForwardErrorMessage,
} from "../../../src/i18n/sharingErrors";
import { translator } from "../../../src/i18n/translator";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { traVinh2021 } from "../../../src/templates/traVinh2021";
import { apply, basePlan } from "./fixtures";

const vi = translator("vi");
const en = translator("en");

describe("refusals in the interface language, with their place", () => {
  it("every sharing message exists in both languages", () => {
    const keys = Object.keys(MESSAGES.vi).filter((k) =>
      /^(export|merge|diff|part|combine|match|conflict|rollForward)\./.test(k),
    );
    expect(keys.length).toBeGreaterThan(60);
    for (const k of keys) expect(MESSAGES.en[k as keyof typeof MESSAGES.en]).toBeTruthy();
  });

  it("names cells as the grid's columns do", () => {
    expect(cellLabel("actual:2021-H1", vi)).toBe("TH 6 tháng đầu 2021");
    expect(cellLabel("plan:2023", en)).toBe("Plan 2023");
    expect(cellLabel("baseline", vi)).toBe("Năm gốc");
  });

  it("says where a returned value was refused", () => {
    const r0 = exportSubArea(basePlan, "tra-cu");
    if (!r0.ok) throw new Error();
    const back = structuredClone(r0.plan);
    back.indicators[1]!.series["tra-cu"]!.actual["2022"] = { value: 2.5, status: "final" };
    const r = mergeSubArea(basePlan, back, "tra-cu");
    if (r.ok) throw new Error("expected a refusal");
    expect(mergeErrorMessage(r.error, basePlan, vi)).toBe(
      "Không thể gộp giá trị ở chỉ tiêu 2, địa bàn Huyện Trà Cú, ô TH 2022: Phải là số nguyên (không có nửa HTX)",
    );
    expect(mergeErrorMessage(r.error, basePlan, en)).toBe(
      "Cannot take the value of indicator 2, sub-area Huyện Trà Cú, cell Actual 2022: Must be a whole number (there is no half an HTX)",
    );
  });

  it("explains an invalid merged plan and a different plan", () => {
    const local = apply(basePlan, {
      type: "setCell",
      indicatorId: "demo-4",
      area: "tra-cu",
      key: "baseline",
      value: 4200,
    });
    const file = apply(basePlan, {
      type: "updateIndicator",
      indicatorId: "demo-4",
      patch: { unit: "percent", kind: "share" },
    });
    const r = mergePlan(local, file, planDiff(local, file), { all: "file" });
    if (r.ok) throw new Error("expected a refusal");
    expect(mergeErrorMessage(r.error, local, vi).split("\n")[0]).toBe(
      "Kết quả gộp sẽ không hợp lệ ở chỉ tiêu 4, địa bàn Huyện Trà Cú, ô Năm gốc: Tỷ lệ không được vượt quá 100%",
    );
    expect(mergeErrorMessage({ reason: "differentPlan" }, basePlan, en)).toMatch(/open it as a copy/);
  });

  it("names the periods of plans that cannot be combined", () => {
    const plans = [traVinh2021, benTre2021];
    const r = combinePlans(plans, proposeMatching(plans), {
      id: "x",
      now: "",
      title: "x",
      province: "vinh-long",
    });
    if (r.ok) throw new Error("expected a refusal");
    expect(combineErrorMessage(r.error, plans, vi)).toBe(
      "Các kế hoạch có giai đoạn khác nhau (Trà Vinh: 2021–2025; Bến Tre: 2021): chưa thể hợp nhất",
    );
  });

  it("explains an impossible roll-forward period", () => {
    const r = rollForward(traVinh2021, { id: "x", now: "", startYear: 2030, endYear: 2026 });
    if (r.ok) throw new Error("expected a refusal");
    expect(rollForwardErrorMessage(r.error, en)).toBe("The new period is not valid");
  });
});
