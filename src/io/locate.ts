// Turning "$.plan.indicators[3].series.tra-cu.actual.2023-H1.value" into what a planner reads:
// indicator "1.2", sub-area "Huyện Trà Cú", year 2023, first half, actual. The raw file is consulted
// for codes and names, defensively: it is the very file that failed validation.
import type { PlanProblem } from "../domain/planChecks";
import type { Plan } from "../domain/schema";
import { WHOLE_AREA } from "../domain/schema";
import { jsonPath } from "./jsonPath";
import type { InvalidIssueCode, LocatedIssue, LocatedProblem, Place } from "./planFileErrors";

type Key = string | number;

function field(obj: unknown, key: Key): unknown {
  if (obj === null || typeof obj !== "object") return undefined;
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<Key, unknown>)[key] : undefined;
}

function labelAt(list: unknown, index: number, key: "code" | "name"): string {
  const v = field(field(list, index), key);
  return typeof v === "string" && v.trim() !== "" ? v : `#${index + 1}`;
}

function areaName(plan: unknown, id: string): string {
  const list = field(plan, "subAreas");
  if (Array.isArray(list)) {
    for (const a of list) {
      if (field(a, "id") === id) {
        const name = field(a, "name");
        return typeof name === "string" && name !== "" ? name : id;
      }
    }
  }
  return id;
}

/** Year and half of "2023", "2023-H1", "plan:2023" or "actual:2023-H2". */
function periodOf(key: string): Pick<Place, "year" | "half"> {
  const m = /(\d{4})(?:-(H[12]))?$/.exec(key);
  if (!m) return {};
  return m[2] ? { year: Number(m[1]), half: m[2] as "H1" | "H2" } : { year: Number(m[1]) };
}

const CELLS: Record<string, Place["cell"]> = {
  baseline: "baseline",
  total: "total",
  plan: "plan",
  actual: "actual",
  notes: "note",
};

/** The place of a JSON path inside a raw plan file (the whole envelope). */
export function placeOf(path: readonly Key[], file: unknown): Place {
  const place: Place = { path: jsonPath(path) };
  const plan = field(file, "plan");
  if (path[0] !== "plan" || path.length < 2) {
    if (path.length > 0) place.field = path.join(".");
    return place;
  }
  const [, section, index, ...rest] = path;
  if (section === "indicators" && typeof index === "number") {
    place.indicator = labelAt(field(plan, "indicators"), index, "code");
    if (rest[0] !== "series") {
      if (rest.length > 0) place.field = rest.join(".");
      return place;
    }
    const [, area, cell, key, ...inner] = rest;
    if (typeof area === "string" && area !== WHOLE_AREA) place.area = areaName(plan, area);
    if (typeof cell === "string" && CELLS[cell]) place.cell = CELLS[cell];
    if (typeof key === "string" && (cell === "plan" || cell === "actual" || cell === "notes")) {
      Object.assign(place, periodOf(key));
    }
    const last = inner[inner.length - 1];
    if (typeof last === "string") place.field = last;
    return place;
  }
  if (section === "tasks" && typeof index === "number") {
    place.task = labelAt(field(plan, "tasks"), index, "code");
    if (rest.length > 0) place.field = rest.join(".");
    return place;
  }
  if (section === "subAreas" && typeof index === "number") {
    const id = field(field(field(plan, "subAreas"), index), "id");
    place.area =
      typeof id === "string" ? areaName(plan, id) : labelAt(field(plan, "subAreas"), index, "name");
    if (rest.length > 0) place.field = rest.join(".");
    return place;
  }
  place.field = path.slice(1).join(".");
  return place;
}

/** The subset of a zod issue that locating needs (zod's own type differs between versions). */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message?: string;
  origin?: string;
  expected?: string;
  received?: string;
  keys?: string[];
}

function hasKey(file: unknown, path: readonly PropertyKey[]): boolean {
  let v: unknown = file;
  for (let i = 0; i < path.length - 1; i++) v = field(v, path[i] as Key);
  const last = path[path.length - 1];
  return last === undefined || (v !== null && typeof v === "object" && Object.hasOwn(v, last));
}

function issueCode(issue: SchemaIssue, file: unknown): InvalidIssueCode {
  switch (issue.code) {
    case "invalid_type":
      if (!hasKey(file, issue.path)) return "missing";
      if (issue.received === "Infinity" || issue.received === "NaN") return "notFinite";
      if (issue.expected === "int") return "notWhole";
      return "wrongType";
    case "too_big":
      return issue.origin === "number" ? "tooBig" : "tooLong";
    case "too_small":
      return issue.origin === "number" ? "tooSmall" : "tooShort";
    case "invalid_value":
    case "invalid_union":
      return "badValue";
    case "invalid_format":
      return "badFormat";
    case "invalid_key":
      return "badKey";
    case "unrecognized_keys":
      return "unknownField";
    case "custom":
      if (issue.message === "not-finite") return "notFinite";
      if (issue.message === "out-of-range") return "tooBig";
      return "other";
    default:
      return "other";
  }
}

export function locateIssue(issue: SchemaIssue, file: unknown): LocatedIssue {
  const path = issue.path.filter((p): p is Key => typeof p === "string" || typeof p === "number");
  const located: LocatedIssue = { code: issueCode(issue, file), place: placeOf(path, file) };
  if (issue.code === "unrecognized_keys" && issue.keys) located.keys = issue.keys.slice(0, 10);
  return located;
}

/** A problem found by checkPlan, placed in the file (the plan is valid, so lookups are exact). */
export function locateProblem(problem: PlanProblem, plan: Plan): LocatedProblem {
  const path: Key[] = ["plan"];
  if (problem.indicator !== undefined) {
    const i = plan.indicators.findIndex((ind) => (ind.code || ind.id) === problem.indicator);
    path.push("indicators", Math.max(i, 0));
    if (problem.area !== undefined) {
      path.push("series", problem.area);
      const cell = problem.cell;
      if (cell === "baseline" || cell === "total") path.push(cell);
      else if (cell) {
        const [section, key] = cell.split(":");
        path.push(section === "plan" || section === "actual" ? section : "notes", key ?? cell);
      }
    }
  } else if (problem.task !== undefined) {
    const i = plan.tasks.findIndex((t) => (t.code || t.id) === problem.task);
    path.push("tasks", Math.max(i, 0));
  } else if (problem.area !== undefined) {
    path.push(
      "subAreas",
      Math.max(
        0,
        plan.subAreas.findIndex((a) => a.id === problem.area),
      ),
    );
  }
  const place = placeOf(path, { plan });
  if (problem.code === "endBeforeStart" || problem.code === "periodTooLong") place.field = "endYear";
  if (problem.area !== undefined && problem.indicator === undefined) place.area = problem.area;
  return { code: problem.code, place };
}
