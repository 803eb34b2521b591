// The .zip of all parts made the fast way (texts put in NFC once, each part written without a pass
// over its text, compressed file by file) holds exactly the files the one-by-one path wrote — same
// names, same order, same bytes — and what comes back reads into the same parts.
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../../../src/bench/generatePlan";
import { collectParts } from "../../../src/domain/sharing/collectParts";
import type { Plan } from "../../../src/domain/schema";
import { subAreaPart } from "../../../src/domain/sharing/subAreaExport";
import { planFileName, writePlanFile } from "../../../src/io";
import { partsZip, readReturnedFiles } from "../../../src/sharing/partsZip";
import { basePlan } from "./fixtures";

const NOW = new Date("2026-02-03T04:05:06.007Z");

/** The files as the page wrote them before: subAreaPart, then writePlanFile (NFC of the whole text). */
function oneByOne(plan: Plan): [string, string][] {
  const used = new Set<string>();
  return plan.subAreas.map((area) => {
    const part = subAreaPart(plan, area.id);
    if (!part.ok) throw new Error(part.error.reason);
    let name = planFileName(plan, area.code ? `${area.code} ${area.name}` : area.name);
    for (let n = 2; used.has(name); n++) name = name.replace(/(-\d+)?\.htxplan\.json$/, `-${n}.htxplan.json`);
    used.add(name);
    return [name, writePlanFile(part.plan, NOW)];
  });
}

function unzipped(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes)).map(([name, b]) => [name, new TextDecoder().decode(b)]);
}

/** The demonstration plan with decomposed text (as typed on some keyboards) and two same names. */
const decomposed: Plan = {
  ...basePlan,
  title: "Kế hoạch Tra\u0300 Vinh",
  subAreas: basePlan.subAreas.map((a, i) => ({
    ...a,
    name: i === 0 ? "Huye\u0323\u0302n Ca\u0300ng Long" : i === 1 ? basePlan.subAreas[2]!.name : a.name,
    code: "",
  })),
  indicators: basePlan.indicators.map((ind, i) => (i === 0 ? { ...ind, name: "So\u0302\u0301 HTX" } : ind)),
};

const province = generatePlan({
  indicators: 8,
  years: 4,
  subAreas: 12,
  reporting: "halfYearly",
  groups: 3,
  seed: 14,
});

describe("the .zip of all parts", () => {
  it.each([
    ["the demonstration plan", basePlan],
    ["a plan with decomposed text and two communes of the same name", decomposed],
    ["a generated province with groups, half-yearly", province],
  ])("holds the same files as writing each part: %s", async (_, plan) => {
    const zip = await partsZip(plan, NOW);
    expect(zip.count).toBe(plan.subAreas.length);
    expect(unzipped(zip.bytes)).toEqual(oneByOne(plan));
  });

  it("reads back into the parts, which collect as returned with nothing changed", async () => {
    const zip = await partsZip(province, NOW);
    const read = await readReturnedFiles([new File([zip.bytes as BlobPart], zip.name)]);
    expect(read.map((r) => r.name)).toEqual(oneByOne(province).map(([name]) => `${zip.name} › ${name}`));
    const plans = read.map((r) => {
      if (!r.result.ok) throw new Error(r.result.error.kind);
      return { name: r.name, plan: r.result.plan };
    });
    province.subAreas.forEach((area, i) => {
      const part = subAreaPart(province, area.id);
      expect(part.ok && plans[i]?.plan).toEqual(part.ok && part.plan);
    });
    const collected = collectParts(province, plans);
    expect(collected.returned.map((r) => [r.areaId, r.changed])).toEqual(
      province.subAreas.map((a) => [a.id, 0]),
    );
    expect(collected.missing).toEqual([]);
    expect(collected.refused).toEqual([]);
  });

  it("says which returned file could not be read, and reads the others", async () => {
    const zip = await partsZip(province, NOW);
    const read = await readReturnedFiles([
      new File(["{"], "broken.htxplan.json"),
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "damaged.zip"),
      new File([zip.bytes as BlobPart], zip.name),
    ]);
    expect(read[0]).toMatchObject({
      name: "broken.htxplan.json",
      result: { ok: false, error: { kind: "notJson" } },
    });
    expect(read[1]).toEqual({ name: "damaged.zip", result: { ok: false, error: { kind: "badZip" } } });
    expect(read.slice(2).every((r) => r.result.ok)).toBe(true);
    expect(read).toHaveLength(2 + province.subAreas.length);
  });
});
