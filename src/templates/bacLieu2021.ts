// Bạc Liêu, Chương trình hỗ trợ phát triển KTTT, HTX giai đoạn 2021–2025 (Quyết định 332/QĐ-UBND,
// 26/7/2021), source: shared/seeds/000. With the tasks of the official letter 1047/UBND-KT
// (06/4/2022), source: shared/seeds/004. Only what the sources say: no baseline, no yearly split,
// no deadline is given, so none is filled in.
import type { Plan } from "../domain/schema";
import { exact, indicator, moreThan, task } from "./build";

const SRC = "QĐ 332/QĐ-UBND ngày 26/7/2021, mục tiêu đến năm 2025";
const PROGRAMME = "QĐ 332/QĐ-UBND ngày 26/7/2021";
const LETTER = "Công văn 1047/UBND-KT ngày 06/4/2022 của UBND tỉnh Bạc Liêu";
const ALL_AGENCIES =
  "Các Sở, Ngành cấp tỉnh, các cơ quan, đơn vị có liên quan; UBND các huyện, thị xã, thành phố";
const P = "bl21";
const G1 = "Phát triển tổ chức kinh tế tập thể";
const G2 = "Chất lượng hoạt động của HTX";

export const bacLieu2021: Plan = {
  id: "6f0c1a52-3f7e-4c1b-9d0a-0b1c2d3e4f01",
  title: "Chương trình hỗ trợ phát triển KTTT, HTX giai đoạn 2021–2025 tỉnh Bạc Liêu",
  documentType: "programme",
  province: "old:bac-lieu",
  issuingBody: "UBND tỉnh Bạc Liêu",
  legalRef: { number: "332/QĐ-UBND", date: "2021-07-26" },
  startYear: 2021,
  endYear: 2025,
  baselineYear: null,
  reporting: "yearly",
  moneyScale: "million",
  subAreas: [],
  subAreaGroups: [],
  statusBasis: "gain",
  notes:
    "Giao Thủ trưởng các Sở, Ban, Ngành, đoàn thể tỉnh, Liên minh HTX tỉnh và Chủ tịch UBND các huyện, thị xã, thành phố tổ chức triển khai theo chức năng, nhiệm vụ.",
  illustrative: false,
  templateId: "bac-lieu-2021-2025",
  createdAt: "2021-07-26T00:00:00.000Z",
  updatedAt: "2021-07-26T00:00:00.000Z",
  indicators: [
    indicator(P, {
      code: "1",
      group: G1,
      name: "Thành lập mới hợp tác xã",
      unit: "htx",
      kind: "amount",
      total: exact(100),
      agency: "Liên minh HTX tỉnh (tuyên truyền, tư vấn, hỗ trợ thành lập mới HTX)",
      source: `${SRC}: "thành lập mới 100 HTX"`,
    }),
    indicator(P, {
      code: "2",
      group: G1,
      name: "Thành lập mới tổ hợp tác",
      unit: "tht",
      kind: "amount",
      total: exact(100),
      source: `${SRC}: "100 tổ hợp tác"`,
    }),
    indicator(P, {
      code: "3",
      group: G1,
      name: "Thành lập mới Liên hiệp HTX",
      unit: "lhhtx",
      kind: "amount",
      total: exact(3),
      source: `${SRC}: "03 Liên hiệp HTX"`,
    }),
    indicator(P, {
      code: "4",
      group: G1,
      name: "Thu hút thêm thành viên tham gia vào các tổ chức kinh tế tập thể",
      unit: "people",
      kind: "amount",
      total: exact(1360),
      source: `${SRC}: "thu hút thêm 1.360 thành viên"`,
    }),
    indicator(P, {
      code: "5",
      group: G2,
      name: "HTX hoạt động theo Luật HTX năm 2012",
      unit: "percent",
      kind: "share",
      total: exact(100),
      source: `${SRC}: "Phấn đấu 100% HTX hoạt động theo Luật HTX năm 2012"`,
    }),
    indicator(P, {
      code: "6",
      group: G2,
      name: "HTX hoạt động từ loại khá trở lên",
      unit: "percent",
      kind: "share",
      total: exact(60),
      source: `${SRC}: "60% HTX hoạt động từ loại khá trở lên"`,
    }),
    indicator(P, {
      code: "7",
      group: G2,
      name: "Cán bộ quản lý HTX tốt nghiệp đại học, cao đẳng trở lên",
      unit: "percent",
      kind: "share",
      total: exact(20),
      source: `${SRC}: "20% cán bộ quản lý HTX tốt nghiệp đại học, cao đẳng trở lên"`,
    }),
    indicator(P, {
      code: "8",
      group: G2,
      name: "HTX ứng dụng công nghệ cao, có sản phẩm gắn với chuỗi giá trị, phát triển bền vững trong lĩnh vực nông nghiệp",
      unit: "htx",
      kind: "level",
      total: moreThan(15),
      source: `${SRC}: "có trên 15 HTX ứng dụng công nghệ cao"`,
    }),
  ],
  tasks: [
    task(P, "1", {
      title:
        "Đẩy mạnh tuyên truyền, quán triệt, nâng cao nhận thức về bản chất của KTTT, HTX và vai trò của KTTT trong phát triển kinh tế - xã hội",
      agency: ALL_AGENCIES,
      deadline: null,
      source: LETTER,
    }),
    task(P, "2", {
      title: "Phối hợp các đơn vị liên quan trong củng cố, nâng cao chất lượng hoạt động của các HTX",
      agency: ALL_AGENCIES,
      deadline: null,
      source: `${LETTER}: "Phối hợp các đơn vị liên quan trong củng cố, nâng cao chất lượng hoạt động của các HTX"`,
    }),
    task(P, "3", {
      title:
        "Tổ chức Đại hội thành viên thường niên và Đại hội nhiệm kỳ của các HTX đúng thời gian và nội dung theo quy định",
      agency: ALL_AGENCIES,
      deadline: null,
      source: LETTER,
    }),
    task(P, "4", {
      title:
        "Đào tạo, bồi dưỡng, lựa chọn Hội đồng quản trị, Ban Giám đốc có năng lực và trình độ để điều hành quản lý HTX",
      agency: ALL_AGENCIES,
      deadline: null,
      source: LETTER,
    }),
    task(P, "5", {
      title: "Chỉ đạo các HTX thực hiện công tác tài chính theo quy định (hồ sơ, sổ sách kế toán)",
      agency: ALL_AGENCIES,
      deadline: null,
      source: LETTER,
    }),
    task(P, "6", {
      title:
        "Phối hợp với Quỹ hỗ trợ phát triển HTX tỉnh rà soát, đề xuất các HTX nhu cầu vay vốn có hoạt động thực chất đúng theo Luật HTX năm 2012; tham gia thẩm định các dự án vay vốn từ Quỹ; theo dõi, kiểm tra hoạt động các HTX và phối hợp xử lý các đơn vị có nợ quá hạn",
      agency: `${ALL_AGENCIES}; phối hợp Quỹ hỗ trợ phát triển HTX tỉnh`,
      deadline: null,
      source: `${LETTER}: "Quan tâm phối hợp với Quỹ hỗ trợ phát triển HTX tỉnh trong việc rà soát, đề xuất các HTX nhu cầu vay vốn có hoạt động thực chất đúng theo Luật HTX năm 2012; tham gia thẩm định các dự án vay vốn từ Quỹ; theo dõi, kiểm tra hoạt động các HTX cũng như phối hợp xử lý tốt các đơn vị có nợ quá hạn"`,
    }),
    task(P, "7", {
      title: "Đầu tư HTX điểm có trọng tâm, trọng điểm, tránh tình trạng không hiệu quả",
      agency: `${ALL_AGENCIES}; phối hợp Liên minh HTX tỉnh`,
      deadline: null,
      source: LETTER,
    }),
    // The programme's own support measures (QĐ 332), as the source lists them; no deadline given.
    task(P, "8", {
      title: "Hỗ trợ thành lập mới, củng cố tổ chức KTTT, HTX",
      agency: ALL_AGENCIES,
      deadline: null,
      source: `${PROGRAMME}: "Hỗ trợ thành lập mới, củng cố tổ chức KTTT, HTX"`,
    }),
    task(P, "9", {
      title: "Nâng cao năng lực, nhận thức cho khu vực KTTT",
      agency: ALL_AGENCIES,
      deadline: null,
      source: `${PROGRAMME}: "Nâng cao năng lực, nhận thức cho khu vực KTTT"`,
    }),
    task(P, "10", {
      title: "Xây dựng hệ thống thông tin dữ liệu, tuyên truyền, hỗ trợ về KTTT",
      agency: ALL_AGENCIES,
      deadline: null,
      source: `${PROGRAMME}: "Xây dựng hệ thống thông tin dữ liệu, tuyên truyền, hỗ trợ về KTTT"`,
    }),
    task(P, "11", {
      title: "Xúc tiến thương mại, mở rộng thị trường",
      agency: ALL_AGENCIES,
      deadline: null,
      source: `${PROGRAMME}: "Xúc tiến thương mại, mở rộng thị trường"`,
    }),
    task(P, "12", {
      title: "Hỗ trợ đầu tư kết cấu hạ tầng và chế biến sản phẩm cho khu vực KTTT, HTX",
      agency: ALL_AGENCIES,
      deadline: null,
      source: `${PROGRAMME}: "Hỗ trợ đầu tư kết cấu hạ tầng và chế biến sản phẩm cho khu vực KTTT, HTX"`,
    }),
    task(P, "13", {
      title: "Hỗ trợ lương cho lao động trẻ về làm việc tại các tổ chức KTTT",
      agency: ALL_AGENCIES,
      deadline: null,
      source: `${PROGRAMME}: "hỗ trợ lương cho lao động trẻ về làm việc tại các tổ chức KTTT"`,
    }),
    task(P, "14", {
      title: "Xây dựng cơ sở dữ liệu về KTTT; vận hành Trang tin điện tử (Website) về KTTT",
      agency: ALL_AGENCIES,
      deadline: null,
      source: `${PROGRAMME}: "Xây dựng cơ sở dữ liệu về KTTT; vận hành Trang tin điện tử (Website) về KTTT"`,
    }),
    task(P, "15", {
      title:
        "Hỗ trợ HTX xây dựng thương hiệu, nhãn hiệu, xuất xứ hàng hóa, truy xuất nguồn gốc, chứng nhận chất lượng sản phẩm",
      agency: ALL_AGENCIES,
      deadline: null,
      source: `${PROGRAMME}: "Hỗ trợ HTX xây dựng thương hiệu, nhãn hiệu, xuất xứ hàng hóa, truy xuất nguồn gốc, chứng nhận chất lượng sản phẩm"`,
    }),
    task(P, "16", {
      title: "Xây dựng Trung tâm xúc tiến thương mại bán và giới thiệu sản phẩm HTX",
      agency: ALL_AGENCIES,
      deadline: null,
      source: `${PROGRAMME}: "xây dựng Trung tâm xúc tiến thương mại bán và giới thiệu sản phẩm HTX"`,
    }),
    task(P, "17", {
      title: "Củng cố, phát triển HTX có liên kết với các doanh nghiệp, tổ chức KTTT khác",
      agency: ALL_AGENCIES,
      deadline: null,
      source: `${PROGRAMME}: "Củng cố, phát triển HTX có liên kết với các doanh nghiệp, tổ chức KTTT khác"`,
    }),
    task(P, "18", {
      title:
        "Tuyên truyền, tư vấn, hỗ trợ thành lập mới HTX; bồi dưỡng thành viên, người lao động HTX; nâng cao năng lực, nhận thức cho khu vực KTTT; xúc tiến thương mại, mở rộng thị trường",
      agency: "Liên minh HTX tỉnh",
      deadline: null,
      source: `${PROGRAMME}: "Liên minh HTX tỉnh tiếp tục được giao: Tuyên truyền, tư vấn, hỗ trợ thành lập mới HTX; bồi dưỡng thành viên, người lao động HTX; nâng cao năng lực, nhận thức cho khu vực KTTT; xúc tiến thương mại, mở rộng thị trường"`,
    }),
  ],
};
