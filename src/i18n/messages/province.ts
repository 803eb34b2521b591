// A province of many communes (issue 14): the sub-area chooser, the list of sub-areas and their
// groups, the status table, the split of a province target, the parts sent to and collected from
// communes.
import { bilingual } from "../bilingual";

export const provinceMessages = bilingual(
  {
    "picker.placeholder": "Gõ để tìm…",
    "picker.none": "Không có địa bàn nào khớp",
    "picker.count": "{n} địa bàn",
    "subList.open": "Dán danh sách địa bàn (từ Excel, Word)…",
    "subList.label": "Danh sách địa bàn, mỗi dòng một tên",
    "subList.hint":
      "Có thể kèm mã: «29227 – Xã An Phú» hoặc hai cột mã, tên dán từ Excel. Cả danh sách là một thao tác, hoàn tác được.",
    "subList.add": "Thêm các địa bàn đã dán",
    "subList.added": "Đã thêm {n} địa bàn. Bấm Hoàn tác để bỏ cả danh sách.",
    "subList.nameTooLong": "Dòng {line}: tên dài quá {max} ký tự",
    "subList.codeTooLong": "Dòng {line}: mã dài quá {max} ký tự",
    "subList.duplicate": "Dòng {line}: «{name}» trùng tên một địa bàn khác",
    "subList.tooMany": "Một kế hoạch có tối đa {max} địa bàn",
    "subList.empty": "Danh sách trống",
    "subList.more": "… và {n} lỗi khác",
    "sub.moveUp": "Chuyển lên",
    "sub.moveDown": "Chuyển xuống",
  },
  {
    "picker.placeholder": "Type to search…",
    "picker.none": "No sub-area matches",
    "picker.count": "{n} sub-areas",
    "subList.open": "Paste a list of sub-areas (from Excel, Word)…",
    "subList.label": "List of sub-areas, one name a line",
    "subList.hint":
      "Codes may come first: “29227 – Xã An Phú”, or two columns code, name pasted from Excel. The whole list is one edit, and can be undone.",
    "subList.add": "Add the pasted sub-areas",
    "subList.added": "{n} sub-areas added. Undo removes the whole list.",
    "subList.nameTooLong": "Line {line}: the name is longer than {max} characters",
    "subList.codeTooLong": "Line {line}: the code is longer than {max} characters",
    "subList.duplicate": "Line {line}: “{name}” is the name of another sub-area",
    "subList.tooMany": "A plan has at most {max} sub-areas",
    "subList.empty": "The list is empty",
    "subList.more": "… and {n} more problems",
    "sub.moveUp": "Move up",
    "sub.moveDown": "Move down",
  },
);
