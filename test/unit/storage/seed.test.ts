import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { flush, resetDb } from "./helpers";
import { db } from "../../../src/storage/db";
import { getPlan, listPlans, deletePlan, purgePlan } from "../../../src/storage/library";
import { seedFirstRun } from "../../../src/storage/seed";
import { writeQueue } from "../../../src/storage/writeQueue";
import { TEMPLATES } from "../../../src/templates";

beforeEach(resetDb);

describe("first run", () => {
  it("fills the library with one editable copy of each built-in programme", async () => {
    await seedFirstRun(writeQueue, TEMPLATES);
    const plans = await listPlans();
    expect(plans).toHaveLength(TEMPLATES.length);
    expect(plans.map((p) => p.templateId).sort()).toEqual(TEMPLATES.map((t) => t.templateId).sort());
    for (const p of plans) {
      // A new id for each copy; the template itself is never stored.
      expect(TEMPLATES.some((t) => t.id === p.id)).toBe(false);
      const plan = await getPlan(p.id);
      const template = TEMPLATES.find((t) => t.templateId === p.templateId)!;
      expect(plan?.indicators).toEqual(template.indicators);
      expect(plan?.tasks).toEqual(template.tasks);
    }
  });

  it("happens once: never again, even after every plan was deleted, and not twice at once", async () => {
    await Promise.all([seedFirstRun(writeQueue, TEMPLATES), seedFirstRun(writeQueue, TEMPLATES)]);
    expect(await db.plans.count()).toBe(TEMPLATES.length);
    for (const p of await listPlans()) await purgePlan(p.id);
    await seedFirstRun(writeQueue, TEMPLATES);
    expect(await db.plans.count()).toBe(0);
  });

  it("never adds to or overwrites a library that already holds plans", async () => {
    await seedFirstRun(writeQueue, TEMPLATES);
    const [first] = await listPlans();
    await deletePlan(first!.id);
    await db.meta.clear(); // as if the marker were missing
    await seedFirstRun(writeQueue, TEMPLATES);
    await flush();
    const after = await listPlans();
    expect(after).toHaveLength(TEMPLATES.length);
    expect(after.find((p) => p.id === first!.id)?.deletedAt).not.toBeNull();
  });
});
