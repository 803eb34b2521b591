// Writing a whole plan (a file imported over it, a snapshot restored, putPlan) is an edit like any
// other: one undo on the plan's page puts the plan before back, through the one edit path, and redo
// brings the replacement again.
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { applyEdit } from "../../../src/domain/edits";
import type { Plan } from "../../../src/domain/schema";
import { dropSession, sessionFor, type PlanSession } from "../../../src/storage/editPath";
import {
  getPlan,
  putPlan,
  replaceKeepingSnapshot,
  restoreSnapshot,
  saveSnapshot,
} from "../../../src/storage/library";
import { db } from "../../../src/storage/db";
import { WriteQueue } from "../../../src/storage/writeQueue";
import { PlanSession as Session } from "../../../src/storage/editPath";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { traVinh2021 } from "../../../src/templates/traVinh2021";
import { flush, resetDb, waitFor } from "./helpers";

/** What a planner sees of a plan: everything but when it was last written. */
const content = (p: Plan | null) => p && { ...p, updatedAt: "" };

async function openPage(id = demoTraVinh.id): Promise<PlanSession> {
  const s = sessionFor(id);
  s.subscribe(() => undefined);
  await waitFor(() => s.getView().status === "ready", "the plan to load");
  return s;
}

const incoming: Plan = {
  ...demoTraVinh,
  title: "Bản từ tệp",
  indicators: demoTraVinh.indicators.slice(0, 3),
  tasks: [],
};

beforeEach(async () => {
  dropSession(demoTraVinh.id);
  dropSession(traVinh2021.id);
  await resetDb();
  await putPlan(demoTraVinh);
});

describe("a whole plan written is one undo step", () => {
  it("a file imported over the plan: undo puts the plan before back, redo the file again", async () => {
    const s = await openPage();
    expect(s.getView().canUndo).toBe(false);
    const r = await replaceKeepingSnapshot(incoming, "Trước khi thay thế");
    expect(r.ok).toBe(true);
    await waitFor(() => s.getView().plan?.title === "Bản từ tệp", "the page to show the file");
    expect(s.getView().canUndo).toBe(true);

    expect(s.undo()).toEqual({ ok: true });
    await flush();
    expect(content(await getPlan(demoTraVinh.id))).toEqual(content(demoTraVinh));
    expect(s.getView().canRedo).toBe(true);

    expect(s.redo()).toEqual({ ok: true });
    await flush();
    expect(content(await getPlan(demoTraVinh.id))).toEqual(content(incoming));
  });

  it("a snapshot restored: undo brings back the edits made after the snapshot", async () => {
    const s = await openPage();
    const snap = await saveSnapshot(demoTraVinh.id, "Bản đầu");
    if (!snap.ok) throw new Error("no snapshot");
    expect(s.dispatch({ type: "setDetails", patch: { title: "Đã sửa sau bản lưu" } }).ok).toBe(true);
    await flush();
    await restoreSnapshot(snap.value.id);
    await waitFor(() => s.getView().plan?.title === demoTraVinh.title, "the page to show the snapshot");
    expect(s.undo()).toEqual({ ok: true });
    await flush();
    expect((await getPlan(demoTraVinh.id))?.title).toBe("Đã sửa sau bản lưu");
    // The step before it, the title edit, is still there.
    expect(s.undo()).toEqual({ ok: true });
    await flush();
    expect((await getPlan(demoTraVinh.id))?.title).toBe(demoTraVinh.title);
  });

  it("works when the plan's page was not open at the time (an import from the library page)", async () => {
    await replaceKeepingSnapshot(incoming, "Trước khi thay thế");
    const s = await openPage();
    expect(s.getView().plan?.title).toBe("Bản từ tệp");
    expect(s.undo()).toEqual({ ok: true });
    await flush();
    expect(content(await getPlan(demoTraVinh.id))).toEqual(content(demoTraVinh));
  });

  it("a plan new to the library leaves no undo step (it goes to the trash instead)", async () => {
    await putPlan(traVinh2021);
    const s = await openPage(traVinh2021.id);
    expect(s.getView().canUndo).toBe(false);
  });

  it("undo leaves the plan when another tab changed it since", async () => {
    const s = await openPage();
    await replaceKeepingSnapshot(incoming, "x");
    await waitFor(() => s.getView().plan?.title === "Bản từ tệp", "the page to show the file");
    const other = new Session(demoTraVinh.id, { queue: new WriteQueue(db) });
    other.subscribe(() => undefined);
    await waitFor(() => other.getView().plan?.title === "Bản từ tệp", "the other tab to load");
    other.dispatch({ type: "setDetails", patch: { title: "Sửa ở thẻ khác" } });
    await waitFor(() => s.getView().plan?.title === "Sửa ở thẻ khác", "this tab to see it");
    expect(s.undo()).toEqual({ ok: false, reason: "changedElsewhere" });
    expect((await getPlan(demoTraVinh.id))?.title).toBe("Sửa ở thẻ khác");
  });
});

describe("the replacePlan edit", () => {
  it("refuses another plan's id and an invalid plan, and its inverse is the plan before", () => {
    expect(applyEdit(demoTraVinh, { type: "replacePlan", plan: traVinh2021 })).toMatchObject({
      ok: false,
      error: { problem: "otherPlan" },
    });
    const bad = { ...demoTraVinh, startYear: 2030 };
    expect(applyEdit(demoTraVinh, { type: "replacePlan", plan: bad })).toMatchObject({
      ok: false,
      error: { problem: "invalidPlan" },
    });
    const r = applyEdit(demoTraVinh, { type: "replacePlan", plan: incoming });
    expect(r.ok && r.plan.title).toBe("Bản từ tệp");
    expect(r.ok && r.inverse).toEqual({ type: "replacePlan", plan: demoTraVinh });
  });
});
