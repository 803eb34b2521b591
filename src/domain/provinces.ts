// Vietnam's provinces since 1 July 2025 (Resolution 202/2025/QH15: 34 instead of 63), and the former
// provinces that were merged into them. A plan names one of these by id; old plans keep their former
// province and the app tells which current province it now belongs to.

export interface CurrentProvince {
  id: string;
  name: string;
  /** Names of the former provinces merged into this one; empty when unchanged. */
  formerNames: readonly string[];
}

const UNCHANGED = [
  "Hà Nội",
  "Huế",
  "Lai Châu",
  "Điện Biên",
  "Sơn La",
  "Lạng Sơn",
  "Quảng Ninh",
  "Thanh Hóa",
  "Nghệ An",
  "Hà Tĩnh",
  "Cao Bằng",
] as const;

const MERGED: readonly (readonly [string, readonly string[]])[] = [
  ["Tuyên Quang", ["Tuyên Quang", "Hà Giang"]],
  ["Lào Cai", ["Lào Cai", "Yên Bái"]],
  ["Thái Nguyên", ["Thái Nguyên", "Bắc Kạn"]],
  ["Phú Thọ", ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"]],
  ["Bắc Ninh", ["Bắc Ninh", "Bắc Giang"]],
  ["Hưng Yên", ["Hưng Yên", "Thái Bình"]],
  ["Hải Phòng", ["Hải Phòng", "Hải Dương"]],
  ["Ninh Bình", ["Ninh Bình", "Hà Nam", "Nam Định"]],
  ["Quảng Trị", ["Quảng Trị", "Quảng Bình"]],
  ["Đà Nẵng", ["Đà Nẵng", "Quảng Nam"]],
  ["Quảng Ngãi", ["Quảng Ngãi", "Kon Tum"]],
  ["Gia Lai", ["Gia Lai", "Bình Định"]],
  ["Khánh Hòa", ["Khánh Hòa", "Ninh Thuận"]],
  ["Lâm Đồng", ["Lâm Đồng", "Đắk Nông", "Bình Thuận"]],
  ["Đắk Lắk", ["Đắk Lắk", "Phú Yên"]],
  ["Hồ Chí Minh", ["Hồ Chí Minh", "Bình Dương", "Bà Rịa–Vũng Tàu"]],
  ["Đồng Nai", ["Đồng Nai", "Bình Phước"]],
  ["Tây Ninh", ["Tây Ninh", "Long An"]],
  ["Cần Thơ", ["Cần Thơ", "Sóc Trăng", "Hậu Giang"]],
  ["Vĩnh Long", ["Vĩnh Long", "Bến Tre", "Trà Vinh"]],
  ["Đồng Tháp", ["Đồng Tháp", "Tiền Giang"]],
  ["Cà Mau", ["Cà Mau", "Bạc Liêu"]],
  ["An Giang", ["An Giang", "Kiên Giang"]],
];

/** A URL- and file-name-safe id from a Vietnamese name: "Bà Rịa–Vũng Tàu" → "ba-ria-vung-tau". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const CURRENT_PROVINCES: readonly CurrentProvince[] = [
  ...UNCHANGED.map((name) => ({ id: slugify(name), name, formerNames: [] as string[] })),
  ...MERGED.map(([name, formerNames]) => ({ id: slugify(name), name, formerNames })),
];

export interface FormerProvince {
  /** "old:" + slug of its name, so that a former Cà Mau never collides with today's Cà Mau. */
  id: string;
  name: string;
  /** The current province it belongs to since 1 July 2025. */
  nowPartOf: string;
}

export const FORMER_PROVINCES: readonly FormerProvince[] = MERGED.flatMap(([newName, formerNames]) =>
  formerNames.map((name) => ({ id: `old:${slugify(name)}`, name, nowPartOf: slugify(newName) })),
);

export const PROVINCE_IDS: readonly string[] = [
  ...CURRENT_PROVINCES.map((p) => p.id),
  ...FORMER_PROVINCES.map((p) => p.id),
];

export interface ProvinceInfo {
  id: string;
  name: string;
  former: boolean;
  /** The current province (itself when current). */
  current: CurrentProvince;
}

const byId = new Map<string, ProvinceInfo>();
for (const p of CURRENT_PROVINCES) byId.set(p.id, { id: p.id, name: p.name, former: false, current: p });
for (const p of FORMER_PROVINCES) {
  const current = CURRENT_PROVINCES.find((c) => c.id === p.nowPartOf);
  if (current) byId.set(p.id, { id: p.id, name: p.name, former: true, current });
}

export function provinceInfo(id: string): ProvinceInfo | undefined {
  return byId.get(id);
}

/** Which current province a plan's province belongs to today (useful when combining plans). */
export function currentProvinceOf(id: string): CurrentProvince | undefined {
  return byId.get(id)?.current;
}
