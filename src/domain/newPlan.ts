// Making plans: a blank one, or a fresh copy of a template or of another plan. Ids and times are
// passed in so that this stays pure (the caller uses crypto.randomUUID and the clock).
import { DEFAULT_STATUS_BASIS, type Plan, type SubArea } from "./schema";

export function blankPlan(id: string, now: string, startYear: number): Plan {
  return {
    id,
    title: "Kế hoạch mới",
    documentType: "programme",
    province: "ha-noi",
    issuingBody: "",
    legalRef: { number: "", date: null },
    startYear,
    endYear: startYear + 4,
    baselineYear: startYear - 1,
    reporting: "yearly",
    moneyScale: "million",
    subAreas: [],
    subAreaGroups: [],
    statusBasis: DEFAULT_STATUS_BASIS,
    notes: "",
    illustrative: false,
    templateId: null,
    indicators: [],
    tasks: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** A copy with a new id: the copy is a different plan from then on. */
export function copyPlan(source: Plan, id: string, now: string, title = source.title): Plan {
  return { ...structuredClone(source), id, title, createdAt: now, updatedAt: now };
}

/** A sub-area with no code and no group unless given. */
export function newSubArea(id: string, name: string, code = "", groupId: string | null = null): SubArea {
  return { id, code, name, groupId };
}
