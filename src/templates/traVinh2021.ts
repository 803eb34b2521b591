// Trà Vinh, Chương trình hỗ trợ, phát triển KTTT, HTX giai đoạn 2021–2025 (Quyết định 298/QĐ-UBND,
// 09/02/2021), source: shared/seeds/001. Yearly figures are filled only where the source gives
// them ("mỗi năm 50 Tổ hợp tác", "mỗi năm 10 Hợp tác xã").
import type { Plan } from "../domain/schema";
import { atLeast, everyYear, exact, indicator, range, task } from "./build";

const SRC = "QĐ 298/QĐ-UBND ngày 09/02/2021";
const P = "tv21";
const G1 = "Phát triển tổ chức kinh tế tập thể";
const G2 = "Chất lượng và năng lực HTX";

export const traVinh2021: Plan = {
  id: "6f0c1a52-3f7e-4c1b-9d0a-0b1c2d3e4f02",
  title: "Chương trình hỗ trợ, phát triển KTTT, HTX trên địa bàn tỉnh Trà Vinh giai đoạn 2021–2025",
  documentType: "programme",
  province: "old:tra-vinh",
  issuingBody: "UBND tỉnh Trà Vinh",
  legalRef: { number: "298/QĐ-UBND", date: "2021-02-09" },
  startYear: 2021,
  endYear: 2025,
  baselineYear: null,
  reporting: "yearly",
  moneyScale: "million",
  subAreas: [],
  subAreaGroups: [],
  statusBasis: "gain",
  notes: "",
  illustrative: false,
  templateId: "tra-vinh-2021-2025",
  createdAt: "2021-02-09T00:00:00.000Z",
  updatedAt: "2021-02-09T00:00:00.000Z",
  indicators: [
    indicator(P, {
      code: "1",
      group: G1,
      name: "Phát triển mới tổ hợp tác",
      unit: "tht",
      kind: "amount",
      total: atLeast(250),
      plan: everyYear(2021, 2025, exact(50)),
      source: `${SRC}: "phát triển từ 250 Tổ hợp tác trở lên (mỗi năm 50 Tổ hợp tác)"`,
    }),
    indicator(P, {
      code: "2",
      group: G1,
      name: "Phát triển mới hợp tác xã",
      unit: "htx",
      kind: "amount",
      total: exact(50),
      plan: everyYear(2021, 2025, exact(10)),
      source: `${SRC}: "50 Hợp tác xã (mỗi năm 10 Hợp tác xã)"`,
    }),
    indicator(P, {
      code: "3",
      group: G1,
      name: "Phát triển mới Liên hiệp HTX",
      unit: "lhhtx",
      kind: "amount",
      total: range(1, 2),
      source: `${SRC}: "01 - 02 Liên hiệp Hợp tác xã"`,
    }),
    indicator(P, {
      code: "4",
      group: G1,
      name: "Thành viên tổ hợp tác, HTX, Liên hiệp HTX",
      unit: "people",
      kind: "growth",
      total: range(15, 20),
      source: `${SRC}: "Phát triển thành viên ... hàng năm tăng từ 15 - 20%"`,
      note: "Tốc độ tăng mỗi năm (%), tính trên số thành viên năm gốc.",
    }),
    indicator(P, {
      code: "5",
      group: G2,
      name: "Xã có HTX hoạt động đúng Luật HTX năm 2012",
      unit: "percent",
      kind: "share",
      total: exact(100),
      source: `${SRC}: "100% xã có Hợp tác xã hoạt động đúng Luật Hợp tác xã năm 2012"`,
    }),
    indicator(P, {
      code: "6",
      group: G2,
      name: "Huyện, thị xã, thành phố có từ 03 mô hình HTX kiểu mới trở lên gắn với sản xuất xanh, chuỗi giá trị và sản phẩm chủ lực",
      unit: "percent",
      kind: "share",
      total: exact(100),
      source: `${SRC}: "100% huyện, thị xã, thành phố có từ 03 mô hình trở lên Hợp tác xã kiểu mới"`,
    }),
    indicator(P, {
      code: "7",
      group: G2,
      name: "Cán bộ quản lý HTX có trình độ từ sơ cấp trở lên phù hợp với chuyên ngành, lĩnh vực hoạt động",
      unit: "percent",
      kind: "share",
      total: atLeast(60),
      source: `${SRC}: "đạt từ 60% trở lên"`,
    }),
    indicator(P, {
      code: "8",
      group: G2,
      name: "Cán bộ THT, HTX lĩnh vực nông nghiệp được đào tạo, tập huấn bồi dưỡng kiến thức quản lý và nghiệp vụ",
      unit: "percent",
      kind: "share",
      total: exact(100),
      source: `${SRC}: "100% cán bộ của Tổ hợp tác và Hợp tác xã trong lĩnh vực nông nghiệp được đào tạo"`,
    }),
    indicator(P, {
      code: "9",
      group: G2,
      name: "Tỷ lệ nông sản tiêu thụ qua hợp đồng",
      unit: "percent",
      kind: "share",
      total: { bound: "range", min: 20, max: 30, about: true },
      source: `${SRC}: "đưa tỷ lệ nông sản tiêu thụ qua hợp đồng lên khoảng 20 - 30%"`,
      note: "Khoảng 20–30%: một khoảng gần đúng, như nguồn viết.",
    }),
  ],
  // The activities of the programme, as the source lists them; it gives no agency nor deadline.
  tasks: [
    task(P, "1", {
      title: "Thành lập mới, củng cố tổ chức kinh tế tập thể, Liên hiệp Hợp tác xã, Hợp tác xã",
      agency: "",
      deadline: null,
      source: `${SRC}: "Thành lập mới, củng cố tổ chức kinh tế tập thể, Liên hiệp Hợp tác xã, Hợp tác xã"`,
    }),
    task(P, "2", {
      title: "Đào tạo, bồi dưỡng nâng cao năng lực, nhận thức cho khu vực kinh tế tập thể",
      agency: "",
      deadline: null,
      source: `${SRC}: "Đào tạo, bồi dưỡng nâng cao năng lực, nhận thức cho khu vực kinh tế tập thể"`,
    }),
    task(P, "3", {
      title: "Xúc tiến thương mại, mở rộng thị trường",
      agency: "",
      deadline: null,
      source: `${SRC}: "Xúc tiến thương mại, mở rộng thị trường"`,
    }),
    task(P, "4", {
      title: "Đầu tư kết cấu hạ tầng và chế biến sản phẩm",
      agency: "",
      deadline: null,
      source: `${SRC}: "Đầu tư kết cấu hạ tầng và chế biến sản phẩm"`,
    }),
    task(P, "5", {
      title:
        "Tăng cường liên kết sản xuất tiêu thụ nông sản giữa doanh nghiệp với nông dân, sản xuất theo chuỗi để tăng mạnh lượng nông sản tiêu thụ qua hợp đồng",
      agency: "",
      deadline: null,
      source: `${SRC}: "Tăng cường liên kết sản xuất tiêu thụ nông sản giữa doanh nghiệp với nông dân, sản xuất theo chuỗi để tăng mạnh lượng nông sản tiêu thụ qua hợp đồng"`,
    }),
    task(P, "6", {
      title:
        "Tăng cường công tác truyền thông quảng bá các mô hình Hợp tác xã hoạt động có hiệu quả để tuyên truyền nhân rộng",
      agency: "",
      deadline: null,
      source: `${SRC}: "Tăng cường công tác truyền thông quảng bá các mô hình Hợp tác xã hoạt động có hiệu quả để tuyên truyền nhân rộng"`,
    }),
  ],
};
