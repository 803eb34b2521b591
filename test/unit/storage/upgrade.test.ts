// Upgrades keep old data. For every schema version there is a fixture: data written the way that
// version stored it. Each is opened by the current version and must come back whole. Adding a
// schema version without a fixture for the version before it fails the first test.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { HtxDb, LATEST_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from "../../../src/storage/db";
import { getPlan, listPlans } from "../../../src/storage/library";
import { packsOf } from "../../../src/storage/packs";
import { planToRecords } from "../../../src/storage/planRecords";
import { cellRecordsV1 } from "./testDb";
import type { Plan } from "../../../src/domain/schema";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { ninhBinh2020 } from "../../../src/templates/ninhBinh2020";

interface Fixture {
  /** Write data as this version stored it (raw records, not through today's code). */
  write: (db: HtxDb) => Promise<void>;
  /** The plans that data must give back under the current version. */
  plans: Plan[];
}

/** Version 1's records, with a tombstone: a cleared value kept as a record holding null. */
function cellRecordsWithTombstone(plan: Plan) {
  const cells: ReturnType<typeof cellRecordsV1>[number][] = cellRecordsV1(plan);
  const first = plan.indicators[0]!;
  const area = Object.keys(first.series)[0]!;
  // A tombstone of a value cleared in version 1: it must not come back.
  cells.push({
    planId: plan.id,
    indicatorId: first.id,
    area,
    key: "plan:1999",
    value: null as never,
    updatedAt: plan.updatedAt,
  });
  return cells;
}

/** Before version 3 (file format v2) a plan record had no groups, no status basis, no sub-area codes. */
function detailsBeforeV3(record: ReturnType<typeof planToRecords>["plan"]): Record<string, unknown> {
  const { statusBasis: _basis, subAreaGroups: _groups, ...rest } = record;
  return { ...rest, subAreas: record.subAreas.map(({ id, name }) => ({ id, name })) };
}

/** A snapshot as versions 1 and 2 kept it: the whole plan, without the fields of format v2. */
function snapshotBeforeV3(plan: Plan) {
  const { statusBasis: _basis, subAreaGroups: _groups, ...rest } = plan;
  return {
    id: `snap-${plan.id}`,
    planId: plan.id,
    name: "Trước khi nhập",
    createdAt: "2026-01-01T00:00:00.000Z",
    plan: { ...rest, subAreas: plan.subAreas.map(({ id, name }) => ({ id, name })) },
  };
}

const FIXTURES: Record<number, Fixture> = {
  1: {
    plans: [demoTraVinh, ninhBinh2020],
    write: async (db) => {
      for (const plan of [demoTraVinh, ninhBinh2020]) {
        const r = planToRecords(plan);
        await db.table("plans").add(detailsBeforeV3(r.plan));
        await db.table("indicators").bulkAdd(r.indicators);
        await db.table("cells").bulkAdd(cellRecordsWithTombstone(plan));
        await db.table("tasks").bulkAdd(r.tasks);
      }
      await db.table("meta").add({ key: "seededAt", value: "2026-01-01T00:00:00.000Z" });
    },
  },
  2: {
    plans: [demoTraVinh, ninhBinh2020],
    write: async (db) => {
      for (const plan of [demoTraVinh, ninhBinh2020]) {
        const r = planToRecords(plan);
        await db.table("plans").add(detailsBeforeV3(r.plan));
        await db.table("indicators").bulkAdd(r.indicators);
        await db.table("series").bulkAdd(r.series);
        await db.table("tasks").bulkAdd(r.tasks);
      }
      await db.table("snapshots").add(snapshotBeforeV3(demoTraVinh));
      await db.table("meta").add({ key: "seededAt", value: "2026-01-01T00:00:00.000Z" });
    },
  },
  3: {
    plans: [demoTraVinh, ninhBinh2020],
    write: (db) => writeV3(db),
  },
  4: {
    // Version 3's records plus packs of the first plan's indicators (all but one: it is read from
    // its series).
    plans: [demoTraVinh, ninhBinh2020],
    write: async (db) => {
      await writeV3(db);
      const packs = packsOf(demoTraVinh.id, planToRecords(demoTraVinh).series);
      await db.table("packs").bulkAdd(packs.slice(1));
    },
  },
};

/** Both plans, a snapshot and the seed mark as version 3 stored them (and version 4 beside packs). */
async function writeV3(db: HtxDb): Promise<void> {
  for (const plan of [demoTraVinh, ninhBinh2020]) {
    const r = planToRecords(plan);
    await db.table("plans").add(r.plan);
    await db.table("indicators").bulkAdd(r.indicators);
    await db.table("series").bulkAdd(r.series);
    await db.table("tasks").bulkAdd(r.tasks);
  }
  await db.table("snapshots").add({ ...snapshotBeforeV3(demoTraVinh), plan: demoTraVinh });
  await db.table("meta").add({ key: "seededAt", value: "2026-01-01T00:00:00.000Z" });
}

let n = 0;
const freshName = () => `upgrade-test-${++n}`;

async function writeAtVersion(name: string, version: number, versions?: readonly SchemaVersion[]) {
  const old = new HtxDb(name, version, versions);
  await FIXTURES[version]!.write(old);
  old.close();
}

describe("database upgrades", () => {
  it("every schema version has a fixture", () => {
    for (const v of SCHEMA_VERSIONS)
      expect(FIXTURES[v.version], `fixture for version ${v.version}`).toBeDefined();
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    "data of version %i opens whole in the current version",
    async (v) => {
      const name = freshName();
      await writeAtVersion(name, v);
      const current = new HtxDb(name);
      await current.open();
      expect(current.verno).toBe(LATEST_VERSION);
      for (const plan of FIXTURES[v]!.plans) expect(await getPlan(plan.id, current)).toEqual(plan);
      expect(await current.table("meta").get("seededAt")).toBeDefined();
      expect(current.tables.map((t) => t.name)).not.toContain("cells");
      const snapshot = (await current.table("snapshots").get(`snap-${demoTraVinh.id}`)) as
        { plan: Plan } | undefined;
      if (v >= 2) expect(snapshot?.plan).toEqual(demoTraVinh);
      current.close();
    },
  );

  it("a later version with an upgrade keeps the data (pattern for the next version)", async () => {
    // What adding version 2 would look like: a new index and a new field filled for old records.
    const next: SchemaVersion[] = [
      ...SCHEMA_VERSIONS,
      {
        version: LATEST_VERSION + 1,
        stores: { plans: "id, province" },
        upgrade: (tx) =>
          tx
            .table("plans")
            .toCollection()
            .modify((p: { reviewedAt?: string | null }) => {
              p.reviewedAt ??= null;
            }),
      },
    ];
    const name = freshName();
    await writeAtVersion(name, LATEST_VERSION);
    const upgraded = new HtxDb(name, LATEST_VERSION + 1, next);
    await upgraded.open();
    for (const plan of FIXTURES[LATEST_VERSION]!.plans) {
      expect(await getPlan(plan.id, upgraded)).toEqual(plan);
    }
    expect(await upgraded.table("plans").where("province").equals(ninhBinh2020.province).count()).toBe(1);
    expect((await listPlans(upgraded)).length).toBe(2);
    upgraded.close();
  });
});
