// The plan model. These zod schemas are the single source of the TypeScript types (z.infer) and of
// the published JSON Schema of the plan file. Structural rules live here; rules that need the whole
// plan (periods inside the programme, unique ids, a count being whole) live in planChecks.ts.
import { z } from "zod";
import { PROVINCE_IDS } from "./provinces";

// The Content Security Policy forbids eval: zod must not compile validators with new Function.
z.config({ jitless: true });

/** Largest magnitude a stored number may have: beyond this JSON and doubles stop being exact. */
export const MAX_ABS_VALUE = Number.MAX_SAFE_INTEGER;
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const finite = z
  .number()
  .refine((n) => Number.isFinite(n), { message: "not-finite" })
  .refine((n) => Math.abs(n) <= MAX_ABS_VALUE, { message: "out-of-range" });

const text = (max: number) => z.string().max(max);
const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date-format" });

/** What the indicator measures over time. */
export const IndicatorKind = z.enum([
  "amount", // a count or amount per period that sums over the programme (new HTX founded)
  "level", // a stock at a point in time (total HTX in the province)
  "share", // a share in % at a point in time (HTX rated fair or better)
  "growth", // a growth rate per period compounding on a baseline (members +15–20% a year)
]);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const Unit = z.enum([
  "htx",
  "tht",
  "lhhtx",
  "qtdnd",
  "people",
  "personTimes",
  "models",
  "percent",
  "dong",
  "ha",
  "communes",
  "districts",
]);
export type Unit = z.infer<typeof Unit>;

/** Units counted in whole numbers: a fraction of an HTX does not exist. Money is whole đồng. */
export const WHOLE_UNITS: ReadonlySet<Unit> = new Set([
  "htx",
  "tht",
  "lhhtx",
  "qtdnd",
  "people",
  "personTimes",
  "models",
  "dong",
  "communes",
  "districts",
]);

export const Direction = z.enum(["higher", "lower"]);
export type Direction = z.infer<typeof Direction>;

/** How a target is worded: "100" exact, "ít nhất 20" at least, "trên 15" more than, "khoảng 50" about. */
export const SingleBound = z.enum(["exact", "atLeast", "moreThan", "atMost", "about"]);
export type SingleBound = z.infer<typeof SingleBound>;
export const Bound = z.enum(["exact", "atLeast", "moreThan", "atMost", "about", "range"]);
export type Bound = z.infer<typeof Bound>;

export const SingleTarget = z.strictObject({ bound: SingleBound, value: finite });
export const RangeTarget = z.strictObject({
  bound: z.literal("range"),
  min: finite,
  max: finite,
  /** "khoảng 20–30%": the range itself is approximate (format v2). Absent or false: as written. */
  about: z.boolean().optional(),
});
/** A target value: one number with its wording, or a range "15–20". */
export const Target = z.discriminatedUnion("bound", [SingleTarget, RangeTarget]);
export type Target = z.infer<typeof Target>;

export const ActualStatus = z.enum(["estimate", "final"]);
export type ActualStatus = z.infer<typeof ActualStatus>;

/** A recorded actual: at most one per period, an estimate (ước) or final (chính thức). */
export const Actual = z.strictObject({
  value: finite,
  status: ActualStatus,
  /** For shares: the parts, so that sub-areas can be recombined (Σ numerators ÷ Σ denominators). */
  numerator: finite.optional(),
  denominator: finite.optional(),
});
export type Actual = z.infer<typeof Actual>;

/** "2021" */
export const YearKey = z.string().regex(/^\d{4}$/, { message: "year-key" });
/** "2021" for a year, "2021-H1" / "2021-H2" for half-years. */
export const PeriodKey = z.string().regex(/^\d{4}(-H[12])?$/, { message: "period-key" });
/** Which value a note is attached to: "baseline", "total", "plan:2021", "actual:2021-H1". */
export const CellKey = z.string().regex(/^(baseline|total|plan:\d{4}|actual:\d{4}(-H[12])?)$/, {
  message: "cell-key",
});
export type CellKey = z.infer<typeof CellKey>;

/** The figures of one indicator in one area (the whole plan, or one sub-area). */
export const Series = z.strictObject({
  baseline: finite.nullable(),
  /** Programme total (amounts), end target (levels, shares) or yearly rate (growth). */
  total: Target.nullable(),
  /** Yearly targets by year: the amount of the year, the level at year end, or the year's rate. */
  plan: z.record(YearKey, Target),
  actual: z.record(PeriodKey, Actual),
  /** A note (reason, source) on any value of this series. */
  notes: z.record(CellKey, text(2000)),
});
export type Series = z.infer<typeof Series>;

/** Key of the one series of a plan without sub-areas. */
export const WHOLE_AREA = "all";

export const Indicator = z.strictObject({
  id: z.string().min(1).max(100),
  /** Number as written in the plan: "1", "1.2", "II.3". */
  code: text(20),
  /** Heading the indicator sits under ("Phát triển tổ chức"). */
  group: text(200),
  name: z.string().min(1).max(500),
  unit: Unit,
  kind: IndicatorKind,
  direction: Direction,
  /** Year the baseline refers to; empty means the year before the programme starts. */
  baselineYear: year.nullable(),
  /** Responsible agency (cơ quan chủ trì). */
  agency: text(300),
  /** Where in the source document the target comes from. */
  source: text(1000),
  note: text(2000),
  /** Figures by area: WHOLE_AREA when the plan has no sub-areas, else one entry per sub-area id. */
  series: z.record(z.string().min(1).max(100), Series),
});
export type Indicator = z.infer<typeof Indicator>;

export const TaskStatus = z.enum(["notStarted", "inProgress", "done"]);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const Task = z.strictObject({
  id: z.string().min(1).max(100),
  code: text(20),
  title: z.string().min(1).max(1000),
  agency: text(500),
  deadline: isoDate.nullable(),
  status: TaskStatus,
  note: text(2000),
  source: text(1000),
});
export type Task = z.infer<typeof Task>;

/** Names that must never be object keys in a file (sub-area ids key the series of each indicator). */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

const areaId = z
  .string()
  .min(1)
  .max(100)
  .refine((id) => !RESERVED_KEYS.has(id), { message: "reserved-id" });

export const SubArea = z.strictObject({
  id: areaId,
  /** Official code ("mã") as in "27544 – Phường 1"; "" when the planner gave none (format v2). */
  code: text(20),
  name: z.string().min(1).max(200),
  /** The group (a former province or district) this sub-area belongs to, or null (format v2). */
  groupId: areaId.nullable(),
});
export type SubArea = z.infer<typeof SubArea>;

/** A group of sub-areas, e.g. a former province inside a merged one ("Bến Tre cũ"); format v2. */
export const SubAreaGroup = z.strictObject({
  id: areaId,
  name: z.string().min(1).max(200),
});
export type SubAreaGroup = z.infer<typeof SubAreaGroup>;

/**
 * Which figure judges the status (DECISIONS.md "Status"): "gain" — the share of the planned gain
 * (mức tăng đạt) where the series has a baseline, else đạt % KH; "planShare" — always đạt % KH.
 */
export const StatusBasis = z.enum(["gain", "planShare"]);
export type StatusBasis = z.infer<typeof StatusBasis>;
export const DEFAULT_STATUS_BASIS: StatusBasis = "gain";

export const DocumentType = z.enum(["programme", "plan"]);
export type DocumentType = z.infer<typeof DocumentType>;

export const LegalRef = z.strictObject({
  /** "298/QĐ-UBND" */
  number: text(100),
  /** Date of issue (YYYY-MM-DD), empty when the source does not give it. */
  date: isoDate.nullable(),
});
export type LegalRef = z.infer<typeof LegalRef>;

export const Reporting = z.enum(["yearly", "halfYearly"]);
export type Reporting = z.infer<typeof Reporting>;

export const MoneyScale = z.enum(["million", "billion"]);
export type MoneyScale = z.infer<typeof MoneyScale>;

export const ProvinceId = z.enum(PROVINCE_IDS as [string, ...string[]]);

export const Plan = z.strictObject({
  /** Stable id (UUID) that travels in the file; a copy gets a new one. */
  id: z.string().min(1).max(100),
  title: z.string().min(1).max(500),
  documentType: DocumentType,
  province: ProvinceId,
  issuingBody: text(300),
  legalRef: LegalRef,
  startYear: year,
  endYear: year,
  baselineYear: year.nullable(),
  reporting: Reporting,
  moneyScale: MoneyScale,
  subAreas: z.array(SubArea).max(500),
  /** Groups of sub-areas (former provinces or districts); empty when the plan has none. */
  subAreaGroups: z.array(SubAreaGroup).max(200),
  /** Which figure judges the status of every indicator of this plan. */
  statusBasis: StatusBasis,
  notes: text(5000),
  /** Invented figures for demonstration, shown as "minh họa" wherever the plan appears. */
  illustrative: z.boolean(),
  /** Built-in programme this plan was copied from, if any. */
  templateId: z.string().max(100).nullable(),
  indicators: z.array(Indicator).max(5000),
  tasks: z.array(Task).max(5000),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
});
export type Plan = z.infer<typeof Plan>;

/** Plan fields that are not indicators or tasks: what the details form edits. */
export type PlanDetails = Omit<Plan, "indicators" | "tasks">;

/** What names a plan in a list (the library, a file to import): its id, title, province, period. */
export type PlanIdentity = Pick<Plan, "id" | "title" | "province" | "documentType" | "startYear" | "endYear">;
