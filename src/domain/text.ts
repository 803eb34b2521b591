// Comparing Vietnamese text the way people search it: accents, đ and case ignored.

/** Accent- and case-insensitive form of a text, spaces collapsed: "Hợp  tác xã" → "hop tac xa". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
