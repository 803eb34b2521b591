// Combining several plans into one, as the 2025 mergers require (former Bến Tre, Trà Vinh and
// Vĩnh Long into the new Vĩnh Long). DECISIONS.md: each source becomes a sub-area, named
// "source › its own sub-area" when it had some; plans whose periods differ are refused. Each group
// of the confirmed matching becomes one indicator whose series are the sources' series, each under
// its new sub-area: amounts add up and shares recombine from numerators and denominators because
// the whole plan is derived from its sub-areas (rollup.ts). Nothing is averaged or summed here.
import { checkPlan, type PlanProblem } from "../planChecks";
import { currentProvinceOf, provinceInfo, slugify } from "../provinces";
import { type Indicator, Plan, type Series, type SubArea, type Task } from "../schema";
import {
  checkMatching,
  indicatorOf,
  isBlocked,
  type Matching,
  type MatchingProblem,
} from "./indicatorMatching";

export type CombineError =
  | { reason: "tooFew" }
  | { reason: "periodsDiffer"; periods: { plan: number; startYear: number; endYear: number }[] }
  | { reason: "matchingInvalid"; problems: MatchingProblem[] }
  /** Groups (by index) whose members differ in unit or kind, or hold two indicators of one plan. */
  | { reason: "conflicts"; groups: number[] }
  /** More sub-areas, indicators or tasks than a plan may hold. */
  | { reason: "tooLarge" }
  | { reason: "invalidResult"; problems: PlanProblem[] };

export interface CombineOptions {
  id: string;
  /** ISO timestamp of creation. */
  now: string;
  title: string;
  province: string;
  issuingBody?: string;
  /** Names of the sources as their sub-areas will say; default: each plan's province. */
  sourceNames?: readonly string[];
}

export type CombineResult = { ok: true; plan: Plan } | { ok: false; error: CombineError };

function cut(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** Each source's name: its province ("Trà Vinh"), or its title when two sources share a province. */
export function defaultSourceNames(plans: readonly Plan[]): string[] {
  const names = plans.map((p) => provinceInfo(p.province)?.name ?? p.province);
  return names.map((n, i) =>
    names.indexOf(n) !== names.lastIndexOf(n) ? cut(plans[i]?.title ?? n, 200) : n,
  );
}

/** The province the combined plan belongs to when all sources are now in one; else null. */
export function suggestCombinedProvince(plans: readonly Plan[]): string | null {
  const ids = new Set(plans.map((p) => currentProvinceOf(p.province)?.id ?? null));
  const [only] = ids;
  return ids.size === 1 && only ? only : null;
}

interface AreaMap {
  subAreas: SubArea[];
  /** Per source plan: its area id (or "all") → the combined plan's sub-area id. */
  byPlan: Map<string, string>[];
}

function mapAreas(plans: readonly Plan[], names: readonly string[]): AreaMap {
  const subAreas: SubArea[] = [];
  const used = new Set<string>();
  const uniqueId = (base: string) => {
    const stem = (base || "nguon").slice(0, 90);
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    return id;
  };
  const byPlan = plans.map((plan, p) => {
    const source = names[p] ?? `${p + 1}`;
    const map = new Map<string, string>();
    if (plan.subAreas.length === 0) {
      const id = uniqueId(slugify(source));
      subAreas.push({ id, code: "", name: cut(source, 200), groupId: null });
      map.set("all", id);
    }
    for (const a of plan.subAreas) {
      const id = uniqueId(`${slugify(source)}-${a.id}`);
      const prefix = cut(source, Math.max(20, 200 - a.name.length - 3));
      subAreas.push({ id, code: a.code, name: cut(`${prefix} › ${a.name}`, 200), groupId: null });
      map.set(a.id, id);
    }
    return map;
  });
  return { subAreas, byPlan };
}

function joinDistinct(values: readonly string[], sep: string, max: number): string {
  return cut([...new Set(values.map((v) => v.trim()).filter(Boolean))].join(sep), max);
}

export function combinePlans(
  plans: readonly Plan[],
  matching: Matching,
  options: CombineOptions,
): CombineResult {
  if (plans.length < 2) return { ok: false, error: { reason: "tooFew" } };
  const first = plans[0] as Plan;
  if (plans.some((p) => p.startYear !== first.startYear || p.endYear !== first.endYear)) {
    const periods = plans.map((p, plan) => ({ plan, startYear: p.startYear, endYear: p.endYear }));
    return { ok: false, error: { reason: "periodsDiffer", periods } };
  }
  const problems = checkMatching(plans, matching);
  if (problems.length > 0) return { ok: false, error: { reason: "matchingInvalid", problems } };
  const blocked = matching.groups.flatMap((g, i) => (isBlocked(g) ? [i] : []));
  if (blocked.length > 0) return { ok: false, error: { reason: "conflicts", groups: blocked } };

  const names = options.sourceNames ?? defaultSourceNames(plans);
  const areas = mapAreas(plans, names);
  const taskCount = plans.reduce((n, p) => n + p.tasks.length, 0);
  if (areas.subAreas.length > 500 || matching.groups.length > 5000 || taskCount > 5000)
    return { ok: false, error: { reason: "tooLarge" } };

  const usedIds = new Set<string>();
  const freshId = (id: string) => {
    let out = id;
    for (let n = 2; usedIds.has(out); n++) out = `${id.slice(0, 90)}-${n}`;
    usedIds.add(out);
    return out;
  };
  const baselineYears = new Set(plans.map((p) => p.baselineYear));
  const commonBaselineYear = baselineYears.size === 1 ? first.baselineYear : null;

  const indicators: Indicator[] = matching.groups.map((g) => {
    const members = g.members.map((m) => ({
      m,
      ind: indicatorOf(plans, m) as Indicator,
      plan: plans[m.plan] as Plan,
    }));
    const lead = members[0] as (typeof members)[number];
    const series: Record<string, Series> = {};
    for (const { m, ind } of members) {
      for (const [area, s] of Object.entries(ind.series)) {
        const to = areas.byPlan[m.plan]?.get(area);
        if (to) series[to] = structuredClone(s);
      }
    }
    return {
      ...structuredClone(lead.ind),
      id: freshId(lead.ind.id),
      // The baseline year of the lead source, stated when the sources' plans disagree on it.
      baselineYear: lead.ind.baselineYear ?? (commonBaselineYear === null ? lead.plan.baselineYear : null),
      agency: joinDistinct(
        members.map((x) => x.ind.agency),
        "; ",
        300,
      ),
      source: joinDistinct(
        members.map((x) => (x.ind.source ? `${names[x.m.plan]}: ${x.ind.source}` : "")),
        "\n",
        1000,
      ),
      note: joinDistinct(
        members.map((x) => x.ind.note),
        "\n",
        2000,
      ),
      series,
    };
  });

  const taskIds = new Set<string>();
  const tasks: Task[] = plans.flatMap((plan, p) =>
    plan.tasks.map((t) => {
      let id = t.id;
      for (let n = 2; taskIds.has(id); n++) id = `${t.id.slice(0, 90)}-${n}`;
      taskIds.add(id);
      return { ...t, id, source: cut(`${names[p]}: ${t.source}`.replace(/: $/, ""), 1000) };
    }),
  );

  const combined: Plan = {
    id: options.id,
    title: cut(options.title, 500),
    documentType: plans.every((p) => p.documentType === first.documentType)
      ? first.documentType
      : "programme",
    province: options.province,
    issuingBody: options.issuingBody ?? "",
    legalRef: { number: "", date: null },
    startYear: first.startYear,
    endYear: first.endYear,
    baselineYear: commonBaselineYear,
    reporting: plans.some((p) => p.reporting === "halfYearly") ? "halfYearly" : "yearly",
    moneyScale: first.moneyScale,
    subAreas: areas.subAreas,
    subAreaGroups: [],
    statusBasis: first.statusBasis,
    notes: cut(`Hợp nhất từ ${plans.length} kế hoạch: ${plans.map((p) => p.title).join("; ")}.`, 5000),
    illustrative: plans.some((p) => p.illustrative),
    templateId: null,
    indicators,
    tasks,
    createdAt: options.now,
    updatedAt: options.now,
  };
  // The options (id, title, province) come from a form: check them like any plan.
  if (!Plan.safeParse(combined).success)
    return { ok: false, error: { reason: "invalidResult", problems: [{ code: "invalidDetails" }] } };
  const planProblems = checkPlan(combined);
  if (planProblems.length > 0)
    return { ok: false, error: { reason: "invalidResult", problems: planProblems } };
  return { ok: true, plan: combined };
}
