// Which records of a plan a change notice touched: a view then reads only those again.
import { Dexie, RangeSet } from "dexie";
import { describe, expect, it } from "vitest";
import { mergeTouched, touchedBy } from "../../../src/storage/touched";

const DB = "htx-plan";
const part = (table: string) => `idb://${DB}/${table}/`;
const keys = (...ks: string[][]) => new RangeSet().addKeys(ks);

describe("what a change notice touched", () => {
  it("a value written: the series of that one indicator", () => {
    const t = touchedBy({ [part("series")]: keys(["p1", "i7", "xa-1"]) }, DB, "p1");
    expect(t).toMatchObject({ all: false, details: false, indicators: false, tasks: false });
    expect([...(t.series as Set<string>)]).toEqual(["i7"]);
  });

  it("another plan's writes touch nothing of this one", () => {
    const t = touchedBy(
      { [part("series")]: keys(["p2", "i7", "xa-1"]), [part("plans")]: keys(["p2"]) },
      DB,
      "p1",
    );
    expect(t.details || t.indicators || t.tasks || t.all).toBe(false);
    expect(t.series).toEqual(new Set());
  });

  it("an indicator removed with its series: that indicator and the indicator records", () => {
    const series = new RangeSet(["p1", "i3", Dexie.minKey], ["p1", "i3", [[]]]);
    const t = touchedBy({ [part("indicators")]: keys(["p1", "i3"]), [part("series")]: series }, DB, "p1");
    expect(t.indicators).toBe(true);
    expect([...(t.series as Set<string>)]).toEqual(["i3"]);
  });

  it("a bulk write over the table, or a notice sent through another tab, is understood", () => {
    const whole = touchedBy({ [part("series")]: new RangeSet(Dexie.minKey, [[]]) }, DB, "p1");
    expect(whole.series).toBe("all");
    // Through a BroadcastChannel a RangeSet arrives as a plain object.
    const plain = JSON.parse(JSON.stringify(keys(["p1", "i1", "a"], ["p1", "i2", "b"]))) as RangeSet;
    const t = touchedBy({ [part("series")]: plain, [part("tasks")]: keys(["p1", "t1"]) }, DB, "p1");
    expect([...(t.series as Set<string>)].sort()).toEqual(["i1", "i2"]);
    expect(t.tasks).toBe(true);
  });

  it("values written: only their series records are named, so that only they are read again", () => {
    const t = touchedBy({ [part("series")]: keys(["p1", "i7", "xa-1"], ["p1", "i7", "xa-9"]) }, DB, "p1");
    expect([...(t.areas.get("i7") ?? [])].sort()).toEqual(["xa-1", "xa-9"]);
    // A range over an indicator's series (its removal) reads all of them.
    const removed = touchedBy(
      { [part("series")]: new RangeSet(["p1", "i3", Dexie.minKey], ["p1", "i3", [[]]]) },
      DB,
      "p1",
    );
    expect(removed.areas.has("i3")).toBe(false);
    // Merged with a removal, the indicator is read whole; two single series stay two.
    expect(
      mergeTouched(t, touchedBy({ [part("series")]: keys(["p1", "i7", "xa-2"]) }, DB, "p1")).areas.get("i7"),
    ).toEqual(new Set(["xa-1", "xa-9", "xa-2"]));
    const whole = mergeTouched(
      t,
      touchedBy({ [part("series")]: new RangeSet(["p1", "i7", Dexie.minKey], ["p1", "i7", [[]]]) }, DB, "p1"),
    );
    expect([...(whole.series as Set<string>)]).toEqual(["i7"]);
    expect(whole.areas.has("i7")).toBe(false);
  });

  it("a page back from the back/forward cache reads everything again", () => {
    expect(touchedBy({ all: new RangeSet(Dexie.minKey, [[]]) }, DB, "p1").all).toBe(true);
  });
});
