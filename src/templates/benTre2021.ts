// Bến Tre, Kế hoạch phát triển KTTT, HTX năm 2021, source: shared/seeds/002. The article gives no
// document number or date. Progress is reported every 6 months to the Department of Planning and
// Investment, so the plan reports half-yearly.
import type { Plan } from "../domain/schema";
import { about, atLeast, exact, indicator, moreThan, range, task } from "./build";

const SRC = "Kế hoạch phát triển KTTT, HTX năm 2021 của UBND tỉnh Bến Tre";
const P = "bt21";
const G1 = "Phát triển tổ chức kinh tế tập thể";
const G2 = "Thành viên, thu nhập và kết quả kinh doanh";
const G3 = "Chất lượng HTX và nguồn nhân lực";
const GROWTH_NOTE = "Tốc độ tăng mỗi năm (%), tính trên số liệu năm gốc.";
/** Bến Tre 11 and 12 are shares that rise each year; the source does not say by how much in what. */
const SHARE_RISE_NOTE = (rise: string) =>
  `Nguồn ghi tỷ lệ này "tăng ${rise} mỗi năm" nhưng không nói là tăng ${rise} điểm phần trăm hay tăng ${rise} so với tỷ lệ năm trước, và không cho tỷ lệ năm gốc: chưa có số mục tiêu, hãy nhập khi có văn bản gốc.`;

export const benTre2021: Plan = {
  id: "6f0c1a52-3f7e-4c1b-9d0a-0b1c2d3e4f03",
  title: "Kế hoạch phát triển kinh tế tập thể, hợp tác xã năm 2021 tỉnh Bến Tre",
  documentType: "plan",
  province: "old:ben-tre",
  issuingBody: "UBND tỉnh Bến Tre",
  legalRef: { number: "", date: null },
  startYear: 2021,
  endYear: 2021,
  baselineYear: null,
  reporting: "halfYearly",
  moneyScale: "million",
  subAreas: [],
  subAreaGroups: [],
  statusBasis: "gain",
  notes:
    "Sở Kế hoạch và Đầu tư là đầu mối triển khai. Định kỳ 6 tháng báo cáo kết quả thực hiện về Sở Kế hoạch và Đầu tư để tổng hợp báo cáo UBND tỉnh.",
  illustrative: false,
  templateId: "ben-tre-2021",
  // The source gives no date for the plan: the copy made on the first run takes its own.
  createdAt: "",
  updatedAt: "",
  indicators: [
    indicator(P, {
      code: "1",
      group: G1,
      name: "Phát triển mới tổ hợp tác",
      unit: "tht",
      kind: "amount",
      total: about(50),
      source: `${SRC}: "khoảng 50 tổ hợp tác"`,
    }),
    indicator(P, {
      code: "2",
      group: G1,
      name: "Phát triển mới hợp tác xã",
      unit: "htx",
      kind: "amount",
      total: about(15),
      source: `${SRC}: "15 HTX"`,
    }),
    indicator(P, {
      code: "3",
      group: G1,
      name: "HTX kiểu mẫu",
      unit: "htx",
      kind: "amount",
      total: about(6),
      source: `${SRC}: "6 HTX kiểu mẫu"`,
    }),
    indicator(P, {
      code: "4",
      group: G1,
      name: "Tổng số HTX toàn tỉnh",
      unit: "htx",
      kind: "level",
      total: exact(174),
      source: `${SRC}: "nâng tổng số HTX toàn tỉnh là 174 HTX"`,
    }),
    indicator(P, {
      code: "5",
      group: G2,
      name: "Số lượng thành viên, lao động",
      unit: "people",
      kind: "growth",
      total: exact(5),
      source: `${SRC}: "tăng 5%/năm"`,
      note: GROWTH_NOTE,
    }),
    indicator(P, {
      code: "6",
      group: G2,
      name: "Thu nhập bình quân của thành viên",
      unit: "dong",
      kind: "growth",
      total: range(5, 10),
      source: `${SRC}: "thu nhập bình quân mỗi năm tăng từ 5 đến 10%"`,
      note: GROWTH_NOTE,
    }),
    indicator(P, {
      code: "7",
      group: G2,
      name: "Tổng doanh thu của các HTX",
      unit: "dong",
      kind: "growth",
      total: exact(5),
      source: `${SRC}: "Tổng doanh thu của các HTX tăng 5%/năm"`,
      note: GROWTH_NOTE,
    }),
    indicator(P, {
      code: "8",
      group: G2,
      name: "Lợi nhuận của các HTX",
      unit: "dong",
      kind: "growth",
      total: range(5, 7),
      source: `${SRC}: "lợi nhuận tăng từ 5 đến 7%"`,
      note: GROWTH_NOTE,
    }),
    indicator(P, {
      code: "9",
      group: G2,
      name: "Doanh thu, nộp thuế và lợi nhuận từng lĩnh vực",
      unit: "dong",
      kind: "growth",
      total: exact(5),
      source: `${SRC}: "doanh thu, nộp thuế và lợi nhuận từng lĩnh vực tăng 5%"`,
      note: "Áp dụng cho từng lĩnh vực. " + GROWTH_NOTE,
    }),
    indicator(P, {
      code: "10",
      group: G3,
      name: "HTX xếp loại khá, giỏi",
      unit: "percent",
      kind: "share",
      total: moreThan(80),
      source: `${SRC}: "Số HTX khá, giỏi đạt trên 80%"`,
    }),
    indicator(P, {
      code: "11",
      group: G3,
      name: "Tỷ lệ cán bộ HTX đạt trình độ sơ cấp, trung cấp",
      unit: "percent",
      kind: "share",
      source: `${SRC}: "Tỷ lệ cán bộ HTX đạt trình độ sơ cấp, trung cấp tăng 5 đến 10% mỗi năm"`,
      note: SHARE_RISE_NOTE("5–10%"),
    }),
    indicator(P, {
      code: "12",
      group: G3,
      name: "Tỷ lệ cán bộ HTX đạt trình độ cao đẳng, đại học",
      unit: "percent",
      kind: "share",
      source: `${SRC}: "trình độ cao đẳng, đại học tăng 5% mỗi năm"`,
      note: SHARE_RISE_NOTE("5%"),
    }),
    indicator(P, {
      code: "13",
      group: G3,
      name: "Hoàn thiện mô hình HTX kiểu mới gắn với chuỗi giá trị sản phẩm chủ lực, làm thí điểm nhân rộng",
      unit: "models",
      kind: "amount",
      total: exact(5),
      source: `${SRC}: "hoàn thiện 5 mô hình HTX kiểu mới"`,
    }),
    indicator(P, {
      code: "14",
      group: G3,
      name: "Cán bộ quản lý, điều hành được tập huấn về kỹ năng, nghiệp vụ",
      unit: "percent",
      kind: "share",
      total: exact(100),
      source: `${SRC}: "Tập huấn 100% cán bộ, quản lý, điều hành"`,
    }),
    indicator(P, {
      code: "15",
      group: G3,
      name: "Cán bộ quản lý, điều hành HTX được đào tạo kỹ năng chuyên môn",
      unit: "percent",
      kind: "share",
      total: atLeast(90),
      source: `${SRC}: "đào tạo từ 90% cán bộ quản lý, điều hành HTX"`,
    }),
    indicator(P, {
      code: "16",
      group: G3,
      name: "Sáng lập viên được hỗ trợ (điều lệ, phương án kinh doanh, hồ sơ đăng ký, kinh phí thành lập)",
      unit: "percent",
      kind: "share",
      total: exact(100),
      source: `${SRC}: "hỗ trợ 100% các sáng lập viên"`,
    }),
  ],
  tasks: [
    task(P, "1", {
      title: "Củng cố, kiện toàn, nâng chất các HTX hiện có",
      agency: "",
      deadline: null,
      source: `${SRC}: "củng cố, kiện toàn, nâng chất các HTX hiện có"`,
    }),
  ],
};
