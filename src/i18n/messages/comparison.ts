// The sub-area comparison of a province of many communes (issue 14): the ten highest and the ten
// lowest, the rest on demand, by group of sub-areas. Loads with the charts.
import { bilingual } from "../bilingual";

export const comparisonMessages = bilingual(
  {
    "compare.by": "So sánh",
    "compare.bySubArea": "Từng địa bàn",
    "compare.byGroup": "Theo nhóm địa bàn",
    "compare.hintGroups":
      "Đạt % kế hoạch của từng nhóm địa bàn (tổng hợp các địa bàn trong nhóm) đến hết kỳ đã chọn, cao nhất trước.",
    "compare.group": "Nhóm địa bàn",
    "compare.rank": "Hạng",
    "compare.top": "10 cao nhất",
    "compare.bottom": "10 thấp nhất",
    "compare.hidden": "{n} địa bàn ở giữa không hiện",
    "compare.ties": "{n} địa bàn khác cùng mức hạng {rank}, xem trong danh sách đầy đủ",
    "compare.showAll": "Xem tất cả {n} địa bàn",
    "compare.showEnds": "Chỉ xem 10 cao nhất và 10 thấp nhất",
    "compare.fullList": "Tất cả địa bàn có số liệu, cao nhất trước",
    "compare.missing": "Chưa có số liệu đến hết kỳ này ({n} địa bàn)",
    "compare.missingMore": "và {n} địa bàn khác",
    "compare.groupSize": "{n} địa bàn",
    "compare.ungrouped": "Chưa xếp nhóm",
  },
  {
    "compare.by": "Compare",
    "compare.bySubArea": "Each sub-area",
    "compare.byGroup": "By group of sub-areas",
    "compare.hintGroups":
      "Achievement of each group of sub-areas (its sub-areas rolled up) up to the end of the chosen period, highest first.",
    "compare.group": "Group of sub-areas",
    "compare.rank": "Rank",
    "compare.top": "Top ten",
    "compare.bottom": "Bottom ten",
    "compare.hidden": "{n} sub-areas in between not shown",
    "compare.ties": "{n} more sub-areas tie at rank {rank}: see the full list",
    "compare.showAll": "Show all {n} sub-areas",
    "compare.showEnds": "Show only the top and bottom ten",
    "compare.fullList": "All sub-areas with figures, highest first",
    "compare.missing": "No figures up to the end of this period ({n} sub-areas)",
    "compare.missingMore": "and {n} more",
    "compare.groupSize": "{n} sub-areas",
    "compare.ungrouped": "Not in a group",
  },
);
