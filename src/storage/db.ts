// The browser database "htx-plan" (IndexedDB through Dexie 4). This folder is the only place that
// imports Dexie. Every schema version stays listed below with its upgrade, so that a browser
// holding data from any earlier version of the app is brought forward without losing it.
//
// Adding version N: append { version: N, stores: {...changed tables only...}, upgrade } to
// SCHEMA_VERSIONS, add a fixture for version N-1 to test/unit/storage/upgrade.test.ts, and never
// edit an earlier entry.
import Dexie, { type Table, type Transaction } from "dexie";
import type { IndicatorRecord, PlanRecord, SeriesRecord, TaskRecord } from "./planRecords";
import type { Plan } from "../domain/schema";
import { updateDatabaseStatus } from "./storageStatus";
import { detailsToV3 } from "./upgradeDetails";
import { cellsToSeries } from "./upgradeSeries";
import { packsFollowSeries, type PackRecord } from "./packs";

export const DB_NAME = "htx-plan";

/** A saved copy of a whole plan at a moment, to go back to (the sharing feature uses it). */
export interface SnapshotRecord {
  id: string;
  planId: string;
  name: string;
  createdAt: string;
  plan: Plan;
}

/** Facts about this library: "seededAt" (the first run is done). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions: primary key first, then indexes; null deletes a table. */
  stores: Record<string, string | null>;
  /** Brings the data of the previous version forward, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      plans: "id",
      indicators: "[planId+id], [planId+updatedAt]",
      cells: "[planId+indicatorId+area+key], [planId+updatedAt]",
      tasks: "[planId+id], [planId+updatedAt]",
      snapshots: "id, planId",
      meta: "key",
    },
  },
  {
    // One record per series instead of one per value: a large plan opens in a fraction of the time
    // (planRecords.ts says why). The values of version 1 move into their series.
    version: 2,
    stores: {
      series: "[planId+indicatorId+area], [planId+updatedAt]",
      cells: null,
    },
    upgrade: cellsToSeries,
  },
  {
    // File format v2: sub-area groups and codes, and which figure judges the status. No table or
    // index changes; plans and snapshots stored before get the defaults (upgradeDetails.ts).
    version: 3,
    stores: {},
    upgrade: detailsToV3,
  },
  {
    // Packs: each indicator's series also as one record, read instead of them while they are the
    // same (packs.ts). Empty at first: written as plans are read or written whole.
    version: 4,
    stores: { packs: "[planId+indicatorId]" },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

export class HtxDb extends Dexie {
  plans!: Table<PlanRecord, string>;
  indicators!: Table<IndicatorRecord, [string, string]>;
  series!: Table<SeriesRecord, [string, string, string]>;
  tasks!: Table<TaskRecord, [string, string]>;
  packs!: Table<PackRecord, [string, string]>;
  snapshots!: Table<SnapshotRecord, string>;
  meta!: Table<MetaRecord, string>;

  /** `upTo` opens an earlier version, `versions` a future list: only the upgrade tests do that. */
  constructor(name = DB_NAME, upTo = LATEST_VERSION, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    // Strict durability: a write is reported done only once it is on disk, so a power cut right
    // after "saved" cannot lose it.
    super(name, { chromeTransactionDurability: "strict" });
    for (const v of versions) {
      if (v.version > upTo) break;
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade as (tx: Transaction) => PromiseLike<void> | void);
    }
    this.use(packsFollowSeries);
  }
}

export { planRange } from "./keyRanges";

/** Set by the write queue (writeQueue.ts): finish the writes already queued, then resolve. */
let finishWrites: () => Promise<void> = () => Promise.resolve();
export function beforeClosingForNewerVersion(finish: () => Promise<void>): void {
  finishWrites = finish;
}

function watch(db: HtxDb): HtxDb {
  // A newer version of the app wants to upgrade the database: take no new edit (`outdated` makes
  // every plan read-only), let the writes already queued land, close, and ask the planner to
  // reload — the newer version waits for the close, so it finds every change. Returning false keeps
  // Dexie from its default of closing at once and silently reopening.
  db.on("versionchange", () => {
    updateDatabaseStatus({ outdated: true });
    void finishWrites().finally(() => db.close({ disableAutoOpen: true }));
    return false;
  });
  // This tab's upgrade waits for an older tab to close.
  db.on("blocked", () => updateDatabaseStatus({ blocked: true }));
  db.on("ready", () => updateDatabaseStatus({ blocked: false, openFailed: null }));
  return db;
}

export const db = watch(new HtxDb());
