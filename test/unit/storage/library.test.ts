import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "./helpers";
import {
  createPlan,
  deletePlan,
  duplicatePlan,
  getPlan,
  getSnapshot,
  listPlans,
  listSnapshots,
  markExported,
  purgePlan,
  putPlan,
  renamePlan,
  restorePlan,
  restoreSnapshot,
  saveSnapshot,
} from "../../../src/storage/library";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

beforeEach(resetDb);

describe("the library", () => {
  it("creates a blank plan and a copy of a template, each with a new id", async () => {
    const blank = await createPlan();
    const copy = await createPlan(benTre2021);
    expect(blank.ok && copy.ok).toBe(true);
    if (!blank.ok || !copy.ok) return;
    expect(copy.value.id).not.toBe(benTre2021.id);
    expect(copy.value.templateId).toBe(benTre2021.templateId);
    expect((await listPlans()).map((p) => p.id).sort()).toEqual([blank.value.id, copy.value.id].sort());
    expect(await getPlan(copy.value.id)).toEqual(copy.value);
  });

  it("duplicates, renames, deletes to the trash and restores", async () => {
    await putPlan(demoTraVinh);
    const dup = await duplicatePlan(demoTraVinh.id, "Bản sao");
    expect(dup.ok).toBe(true);
    if (!dup.ok) return;
    expect((await getPlan(dup.value.id))?.indicators).toEqual(demoTraVinh.indicators);
    expect((await renamePlan(dup.value.id, "Kế hoạch Trà Cú")).ok).toBe(true);
    expect((await getPlan(dup.value.id))?.title).toBe("Kế hoạch Trà Cú");
    expect(await renamePlan(dup.value.id, "")).toMatchObject({ ok: false, error: { kind: "refused" } });
    await deletePlan(dup.value.id);
    expect((await listPlans()).find((p) => p.id === dup.value.id)?.deletedAt).toBeTruthy();
    await restorePlan(dup.value.id);
    expect((await listPlans()).find((p) => p.id === dup.value.id)?.deletedAt).toBeNull();
    await purgePlan(dup.value.id);
    expect(await getPlan(dup.value.id)).toBeNull();
    expect(await getPlan(demoTraVinh.id)).toEqual(demoTraVinh);
  });

  it("refuses to store an invalid plan and changes nothing", async () => {
    await putPlan(demoTraVinh);
    const bad = { ...demoTraVinh, title: "", endYear: 1900 };
    const r = await putPlan(bad);
    expect(r.ok).toBe(false);
    expect(await getPlan(demoTraVinh.id)).toEqual(demoTraVinh);
  });

  it("replaces a plan atomically and keeps when it was exported", async () => {
    await putPlan(demoTraVinh);
    await markExported(demoTraVinh.id, "2026-01-02T00:00:00.000Z");
    const fewer = { ...demoTraVinh, indicators: demoTraVinh.indicators.slice(0, 2) };
    await putPlan(fewer);
    expect(await getPlan(demoTraVinh.id)).toEqual(fewer);
    expect((await listPlans())[0]?.exportedAt).toBe("2026-01-02T00:00:00.000Z");
  });

  it("keeps snapshots and restores one", async () => {
    await putPlan(demoTraVinh);
    const snap = await saveSnapshot(demoTraVinh.id, "Trước khi sửa");
    expect(snap.ok).toBe(true);
    if (!snap.ok) return;
    await renamePlan(demoTraVinh.id, "Đã đổi tên");
    expect((await listSnapshots(demoTraVinh.id)).map((s) => s.name)).toEqual(["Trước khi sửa"]);
    expect((await getSnapshot(snap.value.id))?.plan.title).toBe(demoTraVinh.title);
    await restoreSnapshot(snap.value.id);
    expect((await getPlan(demoTraVinh.id))?.title).toBe(demoTraVinh.title);
  });

  it("lists the last change to anything in a plan", async () => {
    await putPlan(demoTraVinh);
    await renamePlan(demoTraVinh.id, "Tên mới");
    const [p] = await listPlans();
    expect(p!.updatedAt > demoTraVinh.updatedAt).toBe(true);
  });
});
