import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdit, type Edit } from "../../../src/domain/edits";
import { listStillHolds, mergeList, type ListMerge } from "../../../src/domain/listMerge";
import type { SubArea } from "../../../src/domain/schema";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

type Item = { id: string; name: string };
const how: ListMerge<Item> = { key: (x) => x.id, same: (a, b) => a.name === b.name };
const ids = (list: readonly Item[]) => list.map((x) => x.id);
const item = (id: string, name = id.toUpperCase()): Item => ({ id, name });

describe("a list changed in one tab, written over the list another tab changed", () => {
  const base = [item("a"), item("b"), item("c")];

  it("keeps the other tab's addition when this tab removed an item", () => {
    const current = [item("x"), item("a"), item("b"), item("c")];
    const next = [item("b"), item("c")];
    expect(ids(mergeList(current, base, next, how))).toEqual(["x", "b", "c"]);
  });

  it("does not bring back what the other tab removed, and renames what is still there", () => {
    const current = [item("a"), item("c")];
    const next = [item("a", "An Phú"), item("b", "Bình Phú"), item("c")];
    expect(mergeList(current, base, next, how)).toEqual([item("a", "An Phú"), item("c")]);
  });

  it("puts an addition where it stands in the tab's list", () => {
    const current = [item("a"), item("x"), item("b"), item("c")];
    const next = [item("a"), item("b"), item("n"), item("c")];
    expect(ids(mergeList(current, base, next, how))).toEqual(["a", "x", "n", "b", "c"]);
    expect(ids(mergeList([], base, next, how))).toEqual(["n"]);
  });

  it("a move keeps its order among the places the items hold now", () => {
    const current = [item("a"), item("x"), item("b"), item("c")];
    const next = [item("c"), item("a"), item("b")];
    expect(ids(mergeList(current, base, next, how))).toEqual(["c", "x", "a", "b"]);
  });

  it("a list of plain ids (an indicator's areas)", () => {
    const plain: ListMerge<string> = { key: (x) => x, same: (a, b) => a === b };
    expect(mergeList(["a", "b", "new"], ["a", "b"], ["b"], plain)).toEqual(["b", "new"]);
  });

  it("still holds the change while its own removals, additions and renames are there", () => {
    const next = [item("b", "Bình Phú"), item("n")];
    expect(listStillHolds([item("x"), item("b", "Bình Phú"), item("n")], base, next, how)).toBe(true);
    expect(listStillHolds([item("a"), item("b", "Bình Phú"), item("n")], base, next, how)).toBe(false);
    expect(listStillHolds([item("b"), item("n")], base, next, how)).toBe(false);
    expect(listStillHolds([item("b", "Bình Phú")], base, next, how)).toBe(false);
  });
});

// Lists of distinct ids from a small pool, each with one of two names: enough to meet every case.
const list = fc
  .uniqueArray(fc.constantFrom(..."abcdefgh"), { maxLength: 8 })
  .chain((keys) =>
    fc.tuple(...keys.map((k) => fc.constantFrom(item(k), item(k, `${k} (đổi tên)`)))).map((xs) => xs),
  );

describe("laws of the merge", () => {
  it("over the list the change was made on, the merge is the change's own list", () => {
    fc.assert(
      fc.property(list, list, (base, next) => {
        expect(mergeList(base, base, next, how)).toEqual(next);
      }),
    );
  });

  it("a change that changed nothing leaves the stored list as it is", () => {
    fc.assert(
      fc.property(list, list, (current, base) => {
        expect(mergeList(current, base, base, how)).toEqual(current);
      }),
    );
  });

  it("the merged list holds the change, keeps the others' items, and has no id twice", () => {
    fc.assert(
      fc.property(list, list, list, (current, base, next) => {
        // An item this change renamed that the other tab removed stays removed, and an item it added
        // that the other tab holds already keeps the other tab's content: then the change no longer
        // holds (its undo says so). Every other case holds.
        const has = (l: Item[], id: string) => l.some((x) => x.id === id);
        const renamed = next.filter((x) => base.some((b) => b.id === x.id && b.name !== x.name));
        const added = next.filter((x) => !has(base, x.id));
        fc.pre(renamed.every((x) => has(current, x.id)) && added.every((x) => !has(current, x.id)));
        const merged = mergeList(current, base, next, how);
        expect(listStillHolds(merged, base, next, how)).toBe(true);
        expect(new Set(ids(merged)).size).toBe(merged.length);
        const touched = new Set([...ids(base), ...ids(next)]);
        for (const x of current) if (!touched.has(x.id)) expect(merged).toContainEqual(x);
      }),
    );
  });

  it("an addition, a removal or a renaming merged gives what the edit gives, applied to the newest list", () => {
    const areas = (keys: string[]): SubArea[] =>
      keys.map((k) => ({ id: `xa-${k}`, code: "", name: `Xã ${k}`, groupId: null }));
    const plan = (keys: string[]) => ({ ...demoTraVinh, subAreas: areas(keys), indicators: [] });
    const keys = fc.uniqueArray(fc.constantFrom(..."abcdefgh"), { minLength: 1, maxLength: 8 });
    const edit = fc.oneof(
      fc.nat({ max: 9 }).map((index): Edit => ({ type: "addSubArea", index, subArea: areas(["new"])[0]! })),
      fc.constantFrom(..."abcdefgh").map((k): Edit => ({ type: "removeSubArea", subAreaId: `xa-${k}` })),
      fc
        .constantFrom(..."abcdefgh")
        .map((k): Edit => ({ type: "renameSubArea", subAreaId: `xa-${k}`, name: "Mới" })),
    );
    const sub: ListMerge<SubArea> = {
      key: (x) => x.id,
      same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    };
    fc.assert(
      fc.property(keys, keys, edit, (baseKeys, currentKeys, e) => {
        const mine = applyEdit(plan(baseKeys), e);
        const theirs = applyEdit(plan(currentKeys), e);
        // The app adds at a place inside the list it shows (at its end: the list's length).
        fc.pre(mine.ok && theirs.ok && (e.type !== "addSubArea" || e.index <= baseKeys.length));
        if (!mine.ok || !theirs.ok) return;
        const merged = mergeList(
          plan(currentKeys).subAreas,
          plan(baseKeys).subAreas,
          mine.plan.subAreas,
          sub,
        );
        expect(merged).toEqual(theirs.plan.subAreas);
      }),
    );
  });
});
