// The words the rules know, in folded form (no accents, lower case, đ → d), so that "Hợp tác xã",
// "hợp tác xã" and "HOP TAC XA" read alike. Longest first where one word starts another.
import type { Unit } from "../schema";

export interface UnitWord {
  words: string;
  unit: Unit;
  /** Money: đồng per written unit ("tỷ đồng" = 1e9). */
  factor?: number;
}

export const UNIT_WORDS: readonly UnitWord[] = [
  { words: "lien hiep hop tac xa", unit: "lhhtx" },
  { words: "lien hiep htx", unit: "lhhtx" },
  { words: "lhhtx", unit: "lhhtx" },
  { words: "quy tin dung nhan dan", unit: "qtdnd" },
  { words: "qtdnd", unit: "qtdnd" },
  { words: "hop tac xa", unit: "htx" },
  { words: "htx", unit: "htx" },
  { words: "to hop tac", unit: "tht" },
  { words: "tht", unit: "tht" },
  { words: "luot", unit: "personTimes" },
  { words: "thanh vien", unit: "people" },
  { words: "nguoi lao dong", unit: "people" },
  { words: "lao dong", unit: "people" },
  { words: "nguoi", unit: "people" },
  { words: "can bo", unit: "people" },
  { words: "hoc vien", unit: "people" },
  { words: "mo hinh", unit: "models" },
  { words: "ty dong", unit: "dong", factor: 1e9 },
  { words: "trieu dong", unit: "dong", factor: 1e6 },
  { words: "nghin dong", unit: "dong", factor: 1e3 },
  { words: "ngan dong", unit: "dong", factor: 1e3 },
  { words: "dong", unit: "dong", factor: 1 },
  { words: "hecta", unit: "ha" },
  { words: "ha", unit: "ha" },
  { words: "xa", unit: "communes" },
  { words: "huyen", unit: "districts" },
];

/** Number words: "ba HTX" is 3 HTX. Read only when a unit follows at once; "một" is left out ("của một
 * HTX" means per HTX). */
export const NUMBER_WORDS: Record<string, number> = {
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};

/** Multipliers written after a number: "7,1 triệu", "134 nghìn". */
export const MULTIPLIERS: Record<string, number> = { trieu: 1e6, nghin: 1e3, ngan: 1e3, ty: 1e9 };

/** What a subject is counted or measured in, when the figure is a rate ("thu nhập tăng 5%/năm"). */
export const SUBJECT_UNITS: readonly { pattern: RegExp; unit: Unit }[] = [
  {
    pattern: /\b(doanh thu|loi nhuan|lai binh quan|thu nhap|nop thue|nop ngan sach|von|gia tri|tai san)\b/,
    unit: "dong",
  },
  { pattern: /\b(thanh vien|lao dong|can bo|nguoi|hoc vien)\b/, unit: "people" },
  { pattern: /\b(lien hiep|lhhtx)\b/, unit: "lhhtx" },
  { pattern: /\b(quy tin dung|qtdnd)\b/, unit: "qtdnd" },
  { pattern: /\b(hop tac xa|htx)\b/, unit: "htx" },
  { pattern: /\b(to hop tac|tht)\b/, unit: "tht" },
  { pattern: /\b(dien tich)\b/, unit: "ha" },
];

/** Verbs that start a task sentence ("Tăng cường công tác truyền thông…"). */
export const TASK_VERBS =
  /^(tang cuong|day manh|ho tro|nang cao|cung co|xay dung|dao tao|boi duong|xuc tien|dau tu|thanh lap|to chuc|chi dao|ra soat|tuyen truyen|van dong|thuc hien|giai quyet|doi moi|phat huy|khuyen khich|trien khai|kien toan|mo rong|quan tam|bo sung|huong dan|tap trung|uu tien|nghien cuu|sap xep|giai the|sap nhap|hoan thien|lua chon|nhan rong|tap huan|tu van|phoi hop|kiem tra|giam sat|danh gia|so ket|tong ket|ban hanh|thanh lap moi|phat trien|lien ket|van hanh|dam bao)\b/;

/** Words before a task that say nothing of it: "Cùng với việc", "Phấn đấu đến hết năm 2020,". */
export const TASK_LEAD =
  /^(?:[-–•*+]\s*|\d{1,2}[.)]\s+|[a-z][.)]\s+)?(?:(?:cung voi viec|dong thoi|ben canh do|ngoai ra|trong do|phan dau|tiep tuc|theo do|muc tieu)[\s,:]+|(?:den het|den|trong) nam \d{4}[\s,:]+)*/;
