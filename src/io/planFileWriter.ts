// Writing a plan file: the envelope around the plan, pretty-printed (2 spaces) so that a planner can
// open it in a text editor and a version-control diff stays readable, and all text in NFC.
import { provinceInfo, slugify } from "../domain/provinces";
import type { Plan } from "../domain/schema";
import { APP_NAME, APP_VERSION, CURRENT_FORMAT_VERSION, FILE_SUFFIX, FORMAT } from "./planFileFormat";
import type { PlanFileV2 } from "./planFileFormat";

/**
 * The file's text for a valid plan (as the app holds it). The writer does not validate: the plan
 * comes through the edit path, which keeps it valid; the round-trip tests prove the reader accepts
 * what is written.
 */
export function writePlanFile(plan: Plan, now: Date): string {
  // Normalizing the whole text is the same as normalizing each string: JSON's own characters are
  // ASCII punctuation that no combining mark composes with.
  return `${JSON.stringify(envelope(plan, now), null, 2).normalize("NFC")}\n`;
}

/**
 * The same text for a plan whose texts are already NFC (domain/text.ts toNfc): without the pass
 * over the whole text, which was a third of writing the 170 parts of a province (86 MB).
 */
export function writeNfcPlanFile(plan: Readonly<Plan>, now: Date): string {
  return `${JSON.stringify(envelope(plan, now), null, 2)}\n`;
}

function envelope(plan: Readonly<Plan>, now: Date): PlanFileV2 {
  return {
    format: FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    app: { name: APP_NAME, version: APP_VERSION },
    exportedAt: now.toISOString(),
    plan,
  };
}

/** The file as bytes (UTF-8, no byte order mark), ready for a Blob or a download. */
export function encodePlanFile(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * The same bytes as encodePlanFile, for many large texts in a row: each is encoded into one buffer
 * kept between calls and copied out at its exact length (Chromium's TextEncoder.encodeInto is
 * several times faster than encode on a text of half a megabyte).
 */
export function planFileEncoder(): (text: string) => Uint8Array {
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(0);
  return (text) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, buffer);
    return buffer.slice(0, written);
  };
}

const MAX_SLUG = 80;

/**
 * A file name a planner recognizes: province and period, "tra-vinh-2021-2025.htxplan.json";
 * "-minh-hoa" for an illustrative plan; `part` (a sub-area's name, say) is added when given.
 */
export function planFileName(
  plan: Pick<Plan, "province" | "startYear" | "endYear" | "illustrative" | "title">,
  part?: string,
): string {
  const province = provinceInfo(plan.province)?.name ?? plan.title;
  const period = plan.startYear === plan.endYear ? `${plan.startYear}` : `${plan.startYear}-${plan.endYear}`;
  const pieces = [slugify(province), period, plan.illustrative ? "minh-hoa" : "", part ? slugify(part) : ""];
  const slug = pieces.filter(Boolean).join("-").slice(0, MAX_SLUG).replace(/-+$/, "");
  return `${slug || "ke-hoach"}${FILE_SUFFIX}`;
}
