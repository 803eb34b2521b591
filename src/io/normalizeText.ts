// Text is stored in Unicode NFC (DECISIONS.md): "Trà Vinh" typed on a Mac may arrive decomposed
// (a + combining grave), which would look the same but neither match nor sort with the NFC one.
// The reader normalizes every text of the validated plan; the count goes into a warning.
import type { Indicator, Plan, Series, Task } from "../domain/schema";

interface Counter {
  n: number;
}

function nfc(s: string, c: Counter): string {
  const out = s.normalize("NFC");
  if (out !== s) c.n++;
  return out;
}

function nfcKeys<T>(record: Record<string, T>, c: Counter, value: (v: T) => T = (v) => v): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) {
    const key = k.normalize("NFC");
    // Two keys equal once normalized: keep the original spelling, so checkPlan reports the one
    // that no longer matches its sub-area instead of one silently replacing the other.
    if (key !== k && (Object.hasOwn(record, key) || Object.hasOwn(out, key))) out[k] = value(v);
    else out[nfc(k, c)] = value(v);
  }
  return out;
}

function series(s: Series, c: Counter): Series {
  return { ...s, notes: nfcKeys(s.notes, c, (v) => nfc(v, c)) };
}

function indicator(ind: Indicator, c: Counter): Indicator {
  return {
    ...ind,
    id: nfc(ind.id, c),
    code: nfc(ind.code, c),
    group: nfc(ind.group, c),
    name: nfc(ind.name, c),
    agency: nfc(ind.agency, c),
    source: nfc(ind.source, c),
    note: nfc(ind.note, c),
    series: nfcKeys(ind.series, c, (s) => series(s, c)),
  };
}

function task(t: Task, c: Counter): Task {
  return {
    ...t,
    id: nfc(t.id, c),
    code: nfc(t.code, c),
    title: nfc(t.title, c),
    agency: nfc(t.agency, c),
    note: nfc(t.note, c),
    source: nfc(t.source, c),
  };
}

/** The plan with every text in NFC, and how many texts changed. */
export function normalizePlanText(plan: Plan): { plan: Plan; changed: number } {
  const c: Counter = { n: 0 };
  const out: Plan = {
    ...plan,
    id: nfc(plan.id, c),
    title: nfc(plan.title, c),
    issuingBody: nfc(plan.issuingBody, c),
    legalRef: { ...plan.legalRef, number: nfc(plan.legalRef.number, c) },
    notes: nfc(plan.notes, c),
    subAreas: plan.subAreas.map((a) => ({
      id: nfc(a.id, c),
      code: nfc(a.code, c),
      name: nfc(a.name, c),
      groupId: a.groupId === null ? null : nfc(a.groupId, c),
    })),
    subAreaGroups: plan.subAreaGroups.map((g) => ({ id: nfc(g.id, c), name: nfc(g.name, c) })),
    indicators: plan.indicators.map((ind) => indicator(ind, c)),
    tasks: plan.tasks.map((t) => task(t, c)),
    templateId: plan.templateId === null ? null : nfc(plan.templateId, c),
  };
  return { plan: out, changed: c.n };
}
