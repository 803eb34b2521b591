// Format version 1 → 2. Version 2 added:
// - `plan.statusBasis`: which figure judges the status ("gain" — the share of the planned gain where
//   a baseline exists, else đạt % KH; "planShare" — always đạt % KH). A v1 file gets "gain", the
//   rule of DECISIONS.md "Status";
// - `plan.subAreaGroups`: groups of sub-areas (former provinces or districts); a v1 file has none;
// - `code` ("" — none) and `groupId` (null — no group) on every sub-area;
// - an optional `about` on a range target ("khoảng 20–30%"); v1 ranges stay exact, so nothing to add.
// A plan or sub-area that is not an object is left as it is: validation then names the place.
import type { MigrationStep, RawFile } from "./step";

const isObject = (v: unknown): v is RawFile => v !== null && typeof v === "object" && !Array.isArray(v);

function subArea(area: unknown): unknown {
  if (!isObject(area)) return area;
  return { ...area, code: area.code ?? "", groupId: area.groupId ?? null };
}

export const subAreaGroupsAndStatusBasis: MigrationStep = {
  from: 1,
  name: "sub-area groups and codes, the plan's status basis",
  up: (file) => {
    const plan = file.plan;
    if (!isObject(plan)) return file;
    return {
      ...file,
      plan: {
        ...plan,
        subAreas: Array.isArray(plan.subAreas) ? plan.subAreas.map(subArea) : plan.subAreas,
        subAreaGroups: plan.subAreaGroups ?? [],
        statusBasis: plan.statusBasis ?? "gain",
      },
    };
  },
};
