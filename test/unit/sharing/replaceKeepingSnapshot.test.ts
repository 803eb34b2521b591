import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "../storage/helpers";
import {
  deleteSnapshot,
  getPlan,
  getSnapshot,
  listPlans,
  listSnapshots,
  markExported,
  putPlan,
  replaceKeepingSnapshot,
  saveSnapshot,
} from "../../../src/storage/library";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

beforeEach(resetDb);

describe("replacing a plan by another version of it", () => {
  it("keeps the plan replaced as a named snapshot, and keeps when it was exported", async () => {
    await putPlan(demoTraVinh);
    await markExported(demoTraVinh.id, "2025-01-01T00:00:00.000Z");
    const incoming = { ...demoTraVinh, title: "Bản từ tệp", updatedAt: "2025-07-01T00:00:00.000Z" };
    const r = await replaceKeepingSnapshot(incoming, "Trước khi thay thế — 1/7/2025");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.snapshot?.name).toBe("Trước khi thay thế — 1/7/2025");
    expect(await getPlan(demoTraVinh.id)).toEqual(incoming);
    const snaps = await listSnapshots(demoTraVinh.id);
    expect(snaps).toHaveLength(1);
    expect((await getSnapshot(snaps[0]!.id))?.plan).toEqual(demoTraVinh);
    expect((await listPlans())[0]?.exportedAt).toBe("2025-01-01T00:00:00.000Z");
  });

  it("stores a plan that was not there, without a snapshot", async () => {
    const r = await replaceKeepingSnapshot(traVinh2021, "x");
    expect(r.ok && r.value.snapshot).toBeNull();
    expect(await getPlan(traVinh2021.id)).toEqual(traVinh2021);
  });

  it("refuses an invalid plan and changes nothing", async () => {
    await putPlan(demoTraVinh);
    const bad = { ...demoTraVinh, startYear: 2030 };
    const r = await replaceKeepingSnapshot(bad, "x");
    expect(r.ok).toBe(false);
    expect(await getPlan(demoTraVinh.id)).toEqual(demoTraVinh);
    expect(await listSnapshots(demoTraVinh.id)).toEqual([]);
  });
});

describe("snapshots of the plan as shown", () => {
  it("saves the plan the page shows (with edits not yet stored), and deletes a snapshot", async () => {
    await putPlan(demoTraVinh);
    const shown = { ...demoTraVinh, title: "Đang sửa" };
    const s = await saveSnapshot(demoTraVinh.id, "Dự thảo lần 2", shown);
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect((await getSnapshot(s.value.id))?.plan.title).toBe("Đang sửa");
    await deleteSnapshot(s.value.id);
    expect(await listSnapshots(demoTraVinh.id)).toEqual([]);
  });
});
