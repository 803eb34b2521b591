// Ninh Bình, Kế hoạch phát triển KTTT năm 2020 (Kế hoạch 23/KH-UBND, 28/02/2020), source:
// shared/seeds/003. The merging of weak inter-village HTX has no number: it is a task, due by the
// end of 2020 as the source says ("đến hết năm 2020").
import type { Plan } from "../domain/schema";
import { atLeast, exact, indicator, task } from "./build";

const SRC = "KH 23/KH-UBND ngày 28/02/2020";
const P = "nb20";
const G1 = "Chất lượng hoạt động HTX";
const G2 = "Phát triển tổ chức kinh tế tập thể";
const G3 = "Đào tạo, hỗ trợ HTX";

export const ninhBinh2020: Plan = {
  id: "6f0c1a52-3f7e-4c1b-9d0a-0b1c2d3e4f04",
  title: "Kế hoạch phát triển kinh tế tập thể tỉnh Ninh Bình năm 2020",
  documentType: "plan",
  province: "old:ninh-binh",
  issuingBody: "UBND tỉnh Ninh Bình",
  legalRef: { number: "23/KH-UBND", date: "2020-02-28" },
  startYear: 2020,
  endYear: 2020,
  baselineYear: null,
  reporting: "yearly",
  moneyScale: "million",
  subAreas: [],
  subAreaGroups: [],
  statusBasis: "gain",
  notes: "",
  illustrative: false,
  templateId: "ninh-binh-2020",
  createdAt: "2020-02-28T00:00:00.000Z",
  updatedAt: "2020-02-28T00:00:00.000Z",
  indicators: [
    indicator(P, {
      code: "1",
      group: G1,
      name: "Giải thể các HTX ngừng hoạt động",
      unit: "percent",
      kind: "share",
      total: exact(100),
      source: `${SRC}: "giải thể 100% các HTX ngừng hoạt động"`,
    }),
    indicator(P, {
      code: "2",
      group: G1,
      name: "HTX lĩnh vực nông nghiệp hoạt động có hiệu quả, đạt chuẩn tiêu chí nông thôn mới",
      unit: "percent",
      kind: "share",
      total: atLeast(90),
      source: `${SRC}: "có ít nhất 90% HTX lĩnh vực nông nghiệp hoạt động có hiệu quả"`,
    }),
    indicator(P, {
      code: "3",
      group: G1,
      name: "Quỹ tín dụng nhân dân hoạt động hiệu quả",
      unit: "percent",
      kind: "share",
      total: exact(98),
      source: `${SRC}: "98% Quỹ tín dụng nhân dân"`,
    }),
    indicator(P, {
      code: "4",
      group: G1,
      name: "HTX phi nông nghiệp, chuyên ngành hoạt động hiệu quả",
      unit: "percent",
      kind: "share",
      total: exact(87),
      source: `${SRC}: "87% HTX phi nông nghiệp, chuyên ngành hoạt động hiệu quả"`,
    }),
    indicator(P, {
      code: "5",
      group: G2,
      name: "Thành lập mới hợp tác xã",
      unit: "htx",
      kind: "amount",
      total: atLeast(20),
      source: `${SRC}: "Thành lập mới ít nhất 20 HTX"`,
    }),
    indicator(P, {
      code: "6",
      group: G2,
      name: "Thành lập mới tổ hợp tác",
      unit: "tht",
      kind: "amount",
      total: atLeast(20),
      source: `${SRC}: "ít nhất 20 HTX, 20 THT"`,
    }),
    indicator(P, {
      code: "7",
      group: G3,
      name: "Bồi dưỡng cán bộ, công chức, viên chức lãnh đạo các cấp, các ngành, cơ quan tham mưu về KTTT",
      unit: "personTimes",
      kind: "amount",
      total: atLeast(300),
      source: `${SRC}: "bồi dưỡng cho ít nhất 300 lượt cán bộ công chức, viên chức"`,
    }),
    indicator(P, {
      code: "8",
      group: G3,
      name: "Bồi dưỡng cán bộ quản lý, cán bộ chuyên môn nghiệp vụ HTX",
      unit: "personTimes",
      kind: "amount",
      total: exact(500),
      source: `${SRC}: "500 lượt cán bộ quản lý, cán bộ chuyên môn nghiệp vụ HTX"`,
    }),
    indicator(P, {
      code: "9",
      group: G3,
      name: "HTX được thụ hưởng chính sách hỗ trợ cơ sở hạ tầng, khuyến công và xúc tiến thương mại",
      unit: "htx",
      kind: "amount",
      total: atLeast(30),
      source: `${SRC}: "ít nhất 30 HTX được thụ hưởng"`,
    }),
    indicator(P, {
      code: "10",
      group: G3,
      name: "HTX được xây dựng nhãn hiệu hàng hóa",
      unit: "htx",
      kind: "amount",
      total: atLeast(5),
      source: `${SRC}: "xây dựng nhãn hiệu hàng hóa cho ít nhất 05 HTX"`,
    }),
    indicator(P, {
      code: "11",
      group: G3,
      name: "HTX được vay vốn ưu đãi phát triển sản xuất",
      unit: "percent",
      kind: "share",
      total: exact(10),
      source: `${SRC}: "10% số HTX được vay vốn ưu đãi"`,
    }),
    indicator(P, {
      code: "12",
      group: G2,
      name: "Mô hình HTX kiểu mới hoạt động hiệu quả (chuỗi giá trị, công nghệ cao, hữu cơ)",
      unit: "models",
      kind: "amount",
      total: atLeast(10),
      source: `${SRC}: "xây dựng ít nhất 10 mô hình HTX kiểu mới"`,
    }),
  ],
  tasks: [
    task(P, "1", {
      title:
        "Vận động sáp nhập, hợp nhất các HTX nông nghiệp liên thôn, quy mô diện tích sản xuất dưới 100 ha, hoạt động kém hiệu quả thành HTX có quy mô toàn xã",
      agency: "",
      deadline: "2020-12-31",
      source: `${SRC}: "phấn đấu đến hết năm 2020, vận động sáp nhập, hợp nhất các HTX nông nghiệp liên thôn"`,
    }),
    // The plan's solutions, as the source lists them; it gives no agency nor deadline for them.
    task(P, "2", {
      title:
        "Đẩy mạnh và đổi mới công tác tuyên truyền nhằm nâng cao nhận thức của người dân và hệ thống chính trị về bản chất, cơ chế hoạt động của HTX kiểu mới, vai trò và lợi ích của KTTT",
      agency: "",
      deadline: null,
      source: `${SRC}: "Đẩy mạnh và đổi mới công tác tuyên truyền nhằm nâng cao nhận thức của người dân và hệ thống chính trị về bản chất, cơ chế hoạt động của HTX kiểu mới, vai trò và lợi ích của KTTT"`,
    }),
    task(P, "3", {
      title:
        "Tăng cường công tác quản lý nhà nước về kinh tế tập thể, phát huy vai trò và nhiệm vụ của Ban chỉ đạo phát triển KTTT, Liên minh HTX tỉnh",
      agency: "",
      deadline: null,
      source: `${SRC}: "Tăng cường công tác quản lý nhà nước về kinh tế tập thể, phát huy vai trò và nhiệm vụ của Ban chỉ đạo phát triển KTTT, Liên minh HTX tỉnh"`,
    }),
    task(P, "4", {
      title:
        "Hỗ trợ củng cố nâng cao chất lượng hoạt động, xây dựng các mô hình hoạt động hiệu quả của các loại hình HTX, THT, LHHTX",
      agency: "",
      deadline: null,
      source: `${SRC}: "Hỗ trợ củng cố nâng cao chất lượng hoạt động, xây dựng các mô hình hoạt động hiệu quả của các loại hình HTX, THT, LHHTX"`,
    }),
    task(P, "5", {
      title: "Hỗ trợ đào tạo, bồi dưỡng nguồn nhân lực",
      agency: "",
      deadline: null,
      source: `${SRC}: "Hỗ trợ đào tạo, bồi dưỡng nguồn nhân lực"`,
    }),
    task(P, "6", {
      title:
        "Nâng cao chất lượng hoạt động của Quỹ quay vòng phát triển HTX và tạo điều kiện để các HTX tiếp cận nguồn vốn vay ưu đãi",
      agency: "",
      deadline: null,
      source: `${SRC}: "Nâng cao chất lượng hoạt động của Quỹ quay vòng phát triển HTX và tạo điều kiện để các HTX tiếp cận nguồn vốn vay ưu đãi"`,
    }),
    task(P, "7", {
      title:
        "Giải quyết khó khăn về đất, hỗ trợ kinh phí xây dựng trụ sở làm việc, đầu tư kết cấu hạ tầng phục vụ sản xuất, chế biến sản phẩm cho HTX",
      agency: "",
      deadline: null,
      source: `${SRC}: "Giải quyết khó khăn về đất, hỗ trợ kinh phí xây dựng trụ sở làm việc, đầu tư kết cấu hạ tầng phục vụ sản xuất, chế biến sản phẩm cho HTX"`,
    }),
    task(P, "8", {
      title: "Thực hiện chính sách xúc tiến thương mại, mở rộng thị trường",
      agency: "",
      deadline: null,
      source: `${SRC}: "Thực hiện chính sách xúc tiến thương mại, mở rộng thị trường"`,
    }),
    task(P, "9", {
      title: "Chính sách hỗ trợ thành lập mới HTX, THT, Liên hiệp HTX",
      agency: "",
      deadline: null,
      source: `${SRC}: "Chính sách hỗ trợ thành lập mới HTX, THT, Liên hiệp HTX"`,
    }),
  ],
};
