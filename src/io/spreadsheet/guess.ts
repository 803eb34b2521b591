// Guessing an imported indicator's unit and kind from what the sheet says: the "ĐVT" text ("HTX",
// "%", "triệu đồng", "lượt người"), the name ("Tổng số HTX", "Số HTX thành lập mới", "Tốc độ tăng"),
// and the values (yearly figures that add up to the total column are an amount). A guess is shown to
// the planner as a guess, to be confirmed per row; `sure` says whether the sheet said it outright.
import type { IndicatorKind, Unit } from "../../domain/schema";
import { foldText } from "../../domain/text";
import { toBand } from "../../domain/targets";
import type { PreviewIndicator } from "./preview";

export interface UnitGuess {
  unit: Unit;
  /** What one written unit is in đồng (triệu đồng: 1,000,000); 1 for everything else. */
  factor: number;
  sure: boolean;
}

export interface KindGuess {
  kind: IndicatorKind;
  sure: boolean;
}

const UNIT_WORDS: readonly [RegExp, Unit, number?][] = [
  [/^%$|^ty le|phan tram|percent/, "percent"],
  [/lien hiep|lhhtx/, "lhhtx"],
  [/quy tin dung|qtdnd/, "qtdnd"],
  [/to hop tac|\btht\b/, "tht"],
  [/hop tac xa|\bhtx\b/, "htx"],
  [/luot/, "personTimes"],
  [/nguoi|thanh vien|lao dong|hoc vien|can bo|ho\b/, "people"],
  [/mo hinh|du an|san pham/, "models"],
  [/ty dong|\bty\b/, "dong", 1e9],
  [/trieu dong|trieu|tr\.?d|\btrd\b/, "dong", 1e6],
  [/nghin dong|ngan dong/, "dong", 1e3],
  [/\bdong\b|\bvnd\b/, "dong", 1],
  [/\bha\b|hecta|hec ta/, "ha"],
  [/\bxa\b|xa phuong|phuong/, "communes"],
  [/huyen|quan\b/, "districts"],
];

/** The unit from the "ĐVT" text, else from the name; `sure` only when the ĐVT said it. */
export function guessUnit(unitText: string, name: string): UnitGuess {
  const u = foldText(unitText);
  for (const [re, unit, factor] of UNIT_WORDS)
    if (u !== "" && re.test(u)) return { unit, factor: factor ?? 1, sure: true };
  const n = foldText(name);
  if (/ty le|\(%\)|phan tram/.test(n)) return { unit: "percent", factor: 1, sure: false };
  for (const [re, unit, factor] of UNIT_WORDS.slice(1))
    if (re.test(n) && unit !== "dong") return { unit, factor: factor ?? 1, sure: false };
  return { unit: "htx", factor: 1, sure: false };
}

const FLOW =
  /thanh lap moi|phat trien moi|moi thanh lap|\/ ?nam|moi nam|hang nam|dao tao|boi duong|tap huan|ho tro|luot|giai the|xay dung moi/;
const STOCK = /tong so|so luong|hien co|duy tri|dang hoat dong|toan tinh|dat tu|co tong/;
const GROWTH = /toc do tang|tang truong|tang binh quan|growth/;

/** The kind from the unit, the name and the values. */
export function guessKind(line: PreviewIndicator, unit: Unit): KindGuess {
  const n = foldText(`${line.name} ${line.unitText}`);
  if (GROWTH.test(n)) return { kind: "growth", sure: true };
  if (unit === "percent") return { kind: "share", sure: foldText(line.unitText) === "%" };
  if (FLOW.test(n)) return { kind: "amount", sure: true };
  if (STOCK.test(n)) return { kind: "level", sure: true };
  // Yearly targets that add up to the total column: an amount; a total equal to the last: a level.
  const plans = line.values.flatMap((v) =>
    "target" in v && v.key.startsWith("plan:") ? [toBand(v.target).lo] : [],
  );
  const total = line.values.find((v) => v.key === "total");
  if (total && "target" in total && plans.length >= 2) {
    const t = toBand(total.target).lo;
    const sum = plans.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - t) <= Math.max(1e-9, Math.abs(t) * 0.01)) return { kind: "amount", sure: true };
    if (
      Math.abs((plans[plans.length - 1] as number) - t) <= Math.abs(t) * 0.01 &&
      plans.every((p, i) => i === 0 || p >= (plans[i - 1] as number))
    )
      return { kind: "level", sure: true };
  }
  return { kind: "amount", sure: false };
}
