// Text is stored in Unicode NFC (DECISIONS.md): whatever builds an edit — the details form, the
// grid, a paste, a merge — a title typed decomposed (NFD) is stored composed, through applyEdit.
import { describe, expect, it } from "vitest";
import { applyEdit, type Edit } from "../../../src/domain/edits";
import type { Plan } from "../../../src/domain/schema";
import { toNfc } from "../../../src/domain/text";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

const NFC = "Hợp tác xã Đồng Tháp — Trà Vinh";
const NFD = NFC.normalize("NFD");

function apply(plan: Plan, edit: Edit): Plan {
  const r = applyEdit(plan, edit);
  if (!r.ok) throw new Error(r.error.problem);
  return r.plan;
}

const first = demoTraVinh.indicators[0]!;
const area = demoTraVinh.subAreas[0]!.id;

describe("text typed decomposed is stored composed", () => {
  it("the test text really differs in NFD", () => {
    expect(NFD).not.toBe(NFC);
    expect(NFD.length).toBeGreaterThan(NFC.length);
  });

  it("a plan's title, issuing body and notes", () => {
    const plan = apply(demoTraVinh, {
      type: "setDetails",
      patch: { title: NFD, issuingBody: NFD, notes: NFD },
    });
    expect(plan.title).toBe(NFC);
    expect(plan.issuingBody).toBe(NFC);
    expect(plan.notes).toBe(NFC);
  });

  it("an indicator's name, group and agency; a note on a cell; a task; a sub-area's name", () => {
    let plan = apply(demoTraVinh, {
      type: "updateIndicator",
      indicatorId: first.id,
      patch: { name: NFD, group: NFD, agency: NFD },
    });
    plan = apply(plan, { type: "setNote", indicatorId: first.id, area, key: "actual:2022", note: NFD });
    plan = apply(plan, { type: "renameSubArea", subAreaId: area, name: NFD });
    const ind = plan.indicators[0]!;
    expect([ind.name, ind.group, ind.agency]).toEqual([NFC, NFC, NFC]);
    expect(ind.series[area]?.notes["actual:2022"]).toBe(NFC);
    expect(plan.subAreas[0]?.name).toBe(NFC);
    const task = demoTraVinh.tasks[0];
    if (task) {
      plan = apply(plan, { type: "updateTask", taskId: task.id, patch: { title: NFD } });
      expect(plan.tasks[0]?.title).toBe(NFC);
    }
  });

  it("inside a batch (a paste, a merge), and the undo puts back what was stored", () => {
    const r = applyEdit(demoTraVinh, {
      type: "batch",
      edits: [
        { type: "setDetails", patch: { title: NFD } },
        { type: "setNote", indicatorId: first.id, area, key: "baseline", note: NFD },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.title).toBe(NFC);
    expect(r.plan.indicators[0]?.series[area]?.notes["baseline"]).toBe(NFC);
    expect(apply(r.plan, r.inverse)).toEqual(demoTraVinh);
  });
});

describe("toNfc", () => {
  it("returns what is already NFC as the same object (no copy)", () => {
    const edit: Edit = { type: "setDetails", patch: { title: NFC, notes: "ghi chú" } };
    expect(toNfc(edit)).toBe(edit);
    expect(toNfc(demoTraVinh)).toBe(demoTraVinh);
  });

  it("composes keys and nested values, leaving numbers, booleans and null alone", () => {
    const out = toNfc({ [NFD]: [NFD, 1, true, null, { x: NFD }] });
    expect(out).toEqual({ [NFC]: [NFC, 1, true, null, { x: NFC }] });
  });

  it("copies an object only from its first changed key on: order kept, unchanged parts shared", () => {
    const shared = { value: 1, status: "final" };
    const input = JSON.parse(
      `{"__proto__": 0, "a": "Latin-1 only: café", "b": {"k": 2}, "c": "${NFD}", "d": "x"}`,
    ) as Record<string, unknown>;
    input["b"] = shared;
    const out = toNfc(input);
    expect(out).not.toBe(input);
    expect(Object.keys(out)).toEqual(["__proto__", "a", "b", "c", "d"]);
    expect(out["b"]).toBe(shared);
    expect(out["c"]).toBe(NFC);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it("composes a combining mark after a Latin-1 letter, and leaves letters beyond U+FFFF as they are", () => {
    expect(toNfc("cafe\u0301")).toBe("café");
    expect(toNfc("\u0301a")).toBe("\u0301a");
    expect(toNfc("\u{1D400} \u{1F600}")).toBe("\u{1D400} \u{1F600}");
    expect(toNfc({ ["Ha\u0300 No\u0323\u0302i"]: 1 })).toEqual({ ["Hà Nội".normalize("NFC")]: 1 });
  });

  it("keeps a key named __proto__ as a plain key, never as the prototype", () => {
    const input = JSON.parse(`{"__proto__": {"polluted": "${NFD}"}}`) as Record<string, unknown>;
    const out = toNfc(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
