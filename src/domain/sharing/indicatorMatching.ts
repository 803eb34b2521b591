// Which indicators of several plans are "the same indicator" when the plans are combined. The app
// proposes a matching, the planner confirms or corrects it, and combinePlans uses it.
//
// Proposed automatically (confident): same code and same name; same name; same code with a very
// similar name, same unit and kind. Everything else stays alone, with candidates the planner can
// join it to in one step. Names are compared by nameKey (accents, case, abbreviations ignored).
import { effectiveBaselineYear } from "../periods";
import type { Indicator, Plan } from "../schema";
import { codeKey, nameKey, nameSimilarity } from "./nameKey";

/** One source indicator: plan index in the list being combined, and the indicator's id. */
export interface SourceRef {
  plan: number;
  indicatorId: string;
}

export type MatchBasis = "codeAndName" | "name" | "codeAndSimilarName" | "alone" | "user";

export type ConflictKind = "unit" | "kind" | "direction" | "baselineYear" | "samePlan";

/** Conflicts that make a group impossible to combine: the planner must split it. */
export const BLOCKING_CONFLICTS: ReadonlySet<ConflictKind> = new Set(["unit", "kind", "samePlan"]);

export interface MatchGroup {
  /** Source indicators that become one combined indicator; the first one gives its name and code. */
  members: SourceRef[];
  basis: MatchBasis;
  /** What differs between the members; see BLOCKING_CONFLICTS. */
  conflicts: ConflictKind[];
}

export interface Matching {
  groups: MatchGroup[];
}

/** Similar enough to propose joining a group automatically when the codes agree too. */
const CODE_MATCH_SIMILARITY = 0.75;
/** Similar enough to be offered as a candidate. */
const CANDIDATE_SIMILARITY = 0.4;

export function indicatorOf(plans: readonly Plan[], ref: SourceRef): Indicator | undefined {
  return plans[ref.plan]?.indicators.find((i) => i.id === ref.indicatorId);
}

export function groupConflicts(plans: readonly Plan[], members: readonly SourceRef[]): ConflictKind[] {
  const inds = members.map((m) => indicatorOf(plans, m)).filter((i): i is Indicator => i !== undefined);
  const out: ConflictKind[] = [];
  const differs = <T>(values: T[]) => new Set(values).size > 1;
  if (differs(inds.map((i) => i.unit))) out.push("unit");
  if (differs(inds.map((i) => i.kind))) out.push("kind");
  if (differs(inds.map((i) => i.direction))) out.push("direction");
  const years = members.map((m) => {
    const plan = plans[m.plan];
    const ind = indicatorOf(plans, m);
    return plan && ind ? effectiveBaselineYear(plan, ind.baselineYear) : null;
  });
  if (differs(years)) out.push("baselineYear");
  if (new Set(members.map((m) => m.plan)).size < members.length) out.push("samePlan");
  return out;
}

export function isBlocked(group: MatchGroup): boolean {
  return group.conflicts.some((c) => BLOCKING_CONFLICTS.has(c));
}

function basisFor(a: Indicator, b: Indicator): MatchBasis | null {
  const sameCode = a.code.trim() !== "" && codeKey(a.code) === codeKey(b.code);
  const an = nameKey(a.name);
  const bn = nameKey(b.name);
  if (an === bn) return sameCode ? "codeAndName" : "name";
  if (sameCode && a.unit === b.unit && a.kind === b.kind && nameSimilarity(an, bn) >= CODE_MATCH_SIMILARITY)
    return "codeAndSimilarName";
  return null;
}

const STRENGTH: Record<MatchBasis, number> = {
  codeAndName: 3,
  name: 2,
  codeAndSimilarName: 1,
  alone: 0,
  user: 0,
};

/** The proposed matching: each plan's indicators in order, joined to the best open group. */
export function proposeMatching(plans: readonly Plan[]): Matching {
  const groups: MatchGroup[] = [];
  plans.forEach((plan, p) => {
    for (const ind of plan.indicators) {
      let best: { g: MatchGroup; basis: MatchBasis } | null = null;
      for (const g of groups) {
        if (g.members.some((m) => m.plan === p)) continue;
        const lead = indicatorOf(plans, g.members[0] as SourceRef) as Indicator;
        const basis = basisFor(lead, ind);
        if (basis && (!best || STRENGTH[basis] > STRENGTH[best.basis])) best = { g, basis };
      }
      const ref = { plan: p, indicatorId: ind.id };
      if (best) {
        best.g.members.push(ref);
        // A group is as weak as its weakest link.
        if (best.g.basis === "alone" || STRENGTH[best.basis] < STRENGTH[best.g.basis])
          best.g.basis = best.basis;
      } else groups.push({ members: [ref], basis: "alone", conflicts: [] });
    }
  });
  for (const g of groups) g.conflicts = groupConflicts(plans, g.members);
  return { groups };
}

export interface MatchCandidate {
  group: number;
  similarity: number;
}

/**
 * Groups that group `index` could be joined with: no plan in common, same unit and kind, similar
 * names; most similar first.
 */
export function candidatesFor(plans: readonly Plan[], matching: Matching, index: number): MatchCandidate[] {
  const group = matching.groups[index];
  if (!group) return [];
  const lead = indicatorOf(plans, group.members[0] as SourceRef);
  if (!lead) return [];
  const mine = new Set(group.members.map((m) => m.plan));
  const key = nameKey(lead.name);
  const out: MatchCandidate[] = [];
  matching.groups.forEach((g, i) => {
    if (i === index || g.members.some((m) => mine.has(m.plan))) return;
    const other = indicatorOf(plans, g.members[0] as SourceRef);
    if (!other || other.unit !== lead.unit || other.kind !== lead.kind) return;
    const similarity = nameSimilarity(key, nameKey(other.name));
    if (similarity >= CANDIDATE_SIMILARITY) out.push({ group: i, similarity });
  });
  return out.sort((a, b) => b.similarity - a.similarity || a.group - b.group);
}

const sameRef = (a: SourceRef, b: SourceRef) => a.plan === b.plan && a.indicatorId === b.indicatorId;

/**
 * The planner's correction: move one source indicator into group `target`, or into a group of its
 * own ("new"). Empty groups disappear; conflicts are recomputed.
 */
export function moveIndicator(
  plans: readonly Plan[],
  matching: Matching,
  ref: SourceRef,
  target: number | "new",
): Matching {
  const targetGroup = target === "new" ? null : matching.groups[target];
  const groups: MatchGroup[] = matching.groups.map((g) => {
    const had = g.members.some((m) => sameRef(m, ref));
    let members = had ? g.members.filter((m) => !sameRef(m, ref)) : g.members;
    if (g === targetGroup) members = [...members, ref];
    const changed = had || g === targetGroup;
    return changed ? { members, basis: "user", conflicts: groupConflicts(plans, members) } : g;
  });
  if (target === "new") groups.push({ members: [ref], basis: "user", conflicts: [] });
  return { groups: groups.filter((g) => g.members.length > 0) };
}

/** Join two whole groups (the planner confirms a candidate). */
export function joinGroups(plans: readonly Plan[], matching: Matching, into: number, from: number): Matching {
  const a = matching.groups[into];
  const b = matching.groups[from];
  if (!a || !b || into === from) return matching;
  const members = [...a.members, ...b.members];
  const joined: MatchGroup = { members, basis: "user", conflicts: groupConflicts(plans, members) };
  return { groups: matching.groups.flatMap((g, i) => (i === into ? [joined] : i === from ? [] : [g])) };
}

export type MatchingProblem =
  | { code: "missing"; ref: SourceRef }
  | { code: "twice"; ref: SourceRef }
  | { code: "unknown"; ref: SourceRef }
  | { code: "emptyGroup"; group: number };

/** Every source indicator in exactly one group, and nothing else. */
export function checkMatching(plans: readonly Plan[], matching: Matching): MatchingProblem[] {
  const problems: MatchingProblem[] = [];
  const seen = new Set<string>();
  matching.groups.forEach((g, i) => {
    if (g.members.length === 0) problems.push({ code: "emptyGroup", group: i });
    for (const ref of g.members) {
      const key = JSON.stringify([ref.plan, ref.indicatorId]);
      if (!indicatorOf(plans, ref)) problems.push({ code: "unknown", ref });
      else if (seen.has(key)) problems.push({ code: "twice", ref });
      seen.add(key);
    }
  });
  plans.forEach((plan, p) => {
    for (const ind of plan.indicators) {
      if (!seen.has(JSON.stringify([p, ind.id])))
        problems.push({ code: "missing", ref: { plan: p, indicatorId: ind.id } });
    }
  });
  return problems;
}
