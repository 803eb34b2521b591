// A province of many communes (issue 14): the sub-area chooser, the list of sub-areas and their
// groups, the status table, the split of a province target, the parts sent to and collected from
// communes.
import { bilingual } from "../bilingual";

export const provinceMessages = bilingual(
  {
    "picker.placeholder": "Gõ để tìm…",
    "picker.none": "Không có địa bàn nào khớp",
    "picker.count": "{n} địa bàn",
  },
  {
    "picker.placeholder": "Type to search…",
    "picker.none": "No sub-area matches",
    "picker.count": "{n} sub-areas",
  },
);
