// Every rule of the reader with the sentences it is meant for and what it must make of them. The
// unit tests read each example and check the proposal and that it names its rule; a rule without
// an example does not compile (RuleName is the key type).
import type { IndicatorKind, Target, Unit } from "../schema";

export type RuleName =
  | "count.amount"
  | "count.level"
  | "amount.eachYear"
  | "amount.yearlyInParentheses"
  | "level.atYear"
  | "share.percent"
  | "share.ofShare"
  | "rate.growth"
  | "rate.shareRise"
  | "rate.unitOfSentence"
  | "rate.unitUnknown"
  | "list.item"
  | "list.sharedBound"
  | "range.about"
  | "year.outsidePeriod"
  | "name.fromSentence"
  | "task.verb"
  | "task.deadline";

export interface IndicatorExample {
  text: string;
  /** Which proposal of the text (0 unless said). */
  index?: number;
  expect: { unit: Unit; kind: IndicatorKind; total: Target | null; plan?: Record<string, Target> };
}
export interface TaskExample {
  text: string;
  task: { title: string; deadline: string | null };
}
export type RuleExample = IndicatorExample | TaskExample;

const each = (from: number, to: number, t: Target) =>
  Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [String(from + i), t]));

/** Examples are read as proposals for a plan of 2026–2030. */
export const EXAMPLE_PERIOD = { startYear: 2026, endYear: 2030 } as const;

export const RULE_EXAMPLES: Record<RuleName, readonly RuleExample[]> = {
  "count.amount": [
    {
      text: "Thành lập mới 100 HTX.",
      expect: { unit: "htx", kind: "amount", total: { bound: "exact", value: 100 } },
    },
    {
      text: "Thu hút thêm 1.360 thành viên.",
      expect: { unit: "people", kind: "amount", total: { bound: "exact", value: 1360 } },
    },
    {
      text: "Phát triển mới ít nhất 20 tổ hợp tác.",
      expect: { unit: "tht", kind: "amount", total: { bound: "atLeast", value: 20 } },
    },
    {
      text: "Bồi dưỡng cho 300 lượt cán bộ.",
      expect: { unit: "personTimes", kind: "amount", total: { bound: "exact", value: 300 } },
    },
    {
      text: "Hỗ trợ ba HTX xây dựng nhãn hiệu.",
      expect: { unit: "htx", kind: "amount", total: { bound: "exact", value: 3 } },
    },
    {
      text: "Cho vay 45 tỷ đồng từ Quỹ hỗ trợ.",
      expect: { unit: "dong", kind: "amount", total: { bound: "exact", value: 45e9 } },
    },
    {
      text: "Liên kết sản xuất trên 12.500 ha.",
      expect: { unit: "ha", kind: "amount", total: { bound: "moreThan", value: 12500 } },
    },
    {
      text: "Phát triển 01 - 02 Liên hiệp HTX.",
      expect: { unit: "lhhtx", kind: "amount", total: { bound: "range", min: 1, max: 2 } },
    },
    {
      text: "Xây dựng từ 5 đến 7 mô hình HTX kiểu mới.",
      expect: { unit: "models", kind: "amount", total: { bound: "range", min: 5, max: 7 } },
    },
  ],
  "count.level": [
    {
      text: "Nâng tổng số HTX toàn tỉnh là 174 HTX.",
      expect: { unit: "htx", kind: "level", total: { bound: "exact", value: 174 } },
    },
    {
      text: "Có trên 15 HTX ứng dụng công nghệ cao.",
      expect: { unit: "htx", kind: "level", total: { bound: "moreThan", value: 15 } },
    },
    {
      text: "Cả nước đạt 7,1 triệu thành viên.",
      expect: { unit: "people", kind: "level", total: { bound: "exact", value: 7.1e6 } },
    },
    {
      text: "Toàn quốc có 134 nghìn tổ hợp tác.",
      expect: { unit: "tht", kind: "level", total: { bound: "exact", value: 134000 } },
    },
  ],
  "amount.eachYear": [
    {
      text: "Bình quân mỗi năm thành lập mới 40 HTX.",
      expect: {
        unit: "htx",
        kind: "amount",
        total: null,
        plan: each(2026, 2030, { bound: "exact", value: 40 }),
      },
    },
  ],
  "amount.yearlyInParentheses": [
    {
      text: "Phát triển từ 250 Tổ hợp tác trở lên (mỗi năm 50 Tổ hợp tác).",
      expect: {
        unit: "tht",
        kind: "amount",
        total: { bound: "atLeast", value: 250 },
        plan: each(2026, 2030, { bound: "exact", value: 50 }),
      },
    },
  ],
  "level.atYear": [
    {
      text: "Đến năm 2028 có 50% số xã có HTX.",
      expect: {
        unit: "percent",
        kind: "share",
        total: null,
        plan: { "2028": { bound: "exact", value: 50 } },
      },
    },
  ],
  "share.percent": [
    {
      text: "100% xã có HTX hoạt động đúng Luật.",
      expect: { unit: "percent", kind: "share", total: { bound: "exact", value: 100 } },
    },
    {
      text: "Có ít nhất 90% HTX hoạt động hiệu quả.",
      expect: { unit: "percent", kind: "share", total: { bound: "atLeast", value: 90 } },
    },
    {
      text: "Số HTX khá, giỏi đạt trên 80%.",
      expect: { unit: "percent", kind: "share", total: { bound: "moreThan", value: 80 } },
    },
    {
      text: "Tỷ lệ cán bộ đạt từ 60% trở lên.",
      expect: { unit: "percent", kind: "share", total: { bound: "atLeast", value: 60 } },
    },
    {
      text: "Tỷ lệ HTX yếu kém giảm xuống dưới 5%.",
      expect: { unit: "percent", kind: "share", total: { bound: "atMost", value: 5 } },
    },
    {
      text: "Tỷ lệ HTX được vay vốn ≥ 15%.",
      expect: { unit: "percent", kind: "share", total: { bound: "atLeast", value: 15 } },
    },
  ],
  "share.ofShare": [
    {
      text: "Có 70% HTX hoạt động hiệu quả, trong đó ≥ 50% HTX tham gia chuỗi giá trị.",
      index: 1,
      expect: { unit: "percent", kind: "share", total: { bound: "atLeast", value: 50 } },
    },
  ],
  "rate.growth": [
    {
      text: "Số lượng thành viên, lao động tăng 5%/năm.",
      expect: { unit: "people", kind: "growth", total: { bound: "exact", value: 5 } },
    },
    {
      text: "Doanh thu mỗi năm tăng từ 5 đến 10%.",
      expect: { unit: "dong", kind: "growth", total: { bound: "range", min: 5, max: 10 } },
    },
    {
      text: "Thu nhập của thành viên tăng bình quân 7%/năm.",
      expect: { unit: "dong", kind: "growth", total: { bound: "exact", value: 7 } },
    },
    {
      text: "Thành viên hàng năm tăng từ 15 - 20%.",
      expect: { unit: "people", kind: "growth", total: { bound: "range", min: 15, max: 20 } },
    },
  ],
  "rate.shareRise": [
    {
      text: "Tỷ lệ cán bộ HTX đạt trình độ sơ cấp, trung cấp tăng 5 đến 10% mỗi năm.",
      expect: { unit: "percent", kind: "share", total: null },
    },
    {
      text: "Tỷ lệ cán bộ HTX đạt trình độ sơ cấp tăng 5% mỗi năm; trình độ đại học tăng 3% mỗi năm.",
      index: 1,
      expect: { unit: "percent", kind: "share", total: null },
    },
  ],
  "rate.unitOfSentence": [
    {
      text: "Cán bộ HTX có trình độ sơ cấp tăng 10% mỗi năm; trình độ đại học tăng 5% mỗi năm.",
      index: 1,
      expect: { unit: "people", kind: "growth", total: { bound: "exact", value: 5 } },
    },
  ],
  "rate.unitUnknown": [
    {
      text: "Chỉ số phát triển tăng 6%/năm.",
      expect: { unit: "people", kind: "growth", total: { bound: "exact", value: 6 } },
    },
  ],
  "list.item": [
    {
      text: "Thành lập mới 100 HTX, 100 tổ hợp tác và 03 Liên hiệp HTX.",
      index: 2,
      expect: { unit: "lhhtx", kind: "amount", total: { bound: "exact", value: 3 } },
    },
  ],
  "list.sharedBound": [
    {
      text: "Phát triển khoảng 50 tổ hợp tác, 15 HTX, 6 HTX kiểu mẫu.",
      index: 2,
      expect: { unit: "htx", kind: "amount", total: { bound: "about", value: 6 } },
    },
    {
      text: "Đến năm 2030 có khoảng 240 HTX với 50.000 thành viên.",
      index: 1,
      expect: { unit: "people", kind: "level", total: { bound: "about", value: 50000 } },
    },
  ],
  "range.about": [
    {
      text: "Đưa tỷ lệ nông sản tiêu thụ qua hợp đồng lên khoảng 20 - 30%.",
      expect: { unit: "percent", kind: "share", total: { bound: "range", min: 20, max: 30, about: true } },
    },
  ],
  "year.outsidePeriod": [
    {
      text: "Tầm nhìn đến năm 2045, có hơn 1.000 HTX hoạt động hiệu quả.",
      expect: { unit: "htx", kind: "level", total: { bound: "moreThan", value: 1000 } },
    },
  ],
  "name.fromSentence": [
    { text: "Đạt 60%.", expect: { unit: "percent", kind: "share", total: { bound: "exact", value: 60 } } },
  ],
  "task.verb": [
    {
      text: "Tăng cường công tác truyền thông về kinh tế tập thể.",
      task: { title: "Tăng cường công tác truyền thông về kinh tế tập thể", deadline: null },
    },
    {
      text: "Cùng với việc Đẩy mạnh chuyển đổi số trong các HTX; Hỗ trợ HTX tiếp cận vốn vay.",
      task: { title: "Đẩy mạnh chuyển đổi số trong các HTX", deadline: null },
    },
  ],
  "task.deadline": [
    {
      text: "Phấn đấu đến hết năm 2027, vận động sáp nhập các HTX quy mô dưới 100 ha.",
      task: { title: "Vận động sáp nhập các HTX quy mô dưới 100 ha", deadline: "2027-12-31" },
    },
    {
      text: "- Rà soát, giải thể các HTX ngừng hoạt động trước ngày 30/6/2027.",
      task: {
        title: "Rà soát, giải thể các HTX ngừng hoạt động trước ngày 30/6/2027",
        deadline: "2027-06-30",
      },
    },
  ],
};
