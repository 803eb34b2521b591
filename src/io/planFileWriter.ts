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
  const file: PlanFileV2 = {
    format: FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    app: { name: APP_NAME, version: APP_VERSION },
    exportedAt: now.toISOString(),
    plan,
  };
  // Normalizing the whole text is the same as normalizing each string: JSON's own characters are
  // ASCII punctuation that no combining mark composes with.
  return `${JSON.stringify(file, null, 2).normalize("NFC")}\n`;
}

/** The file as bytes (UTF-8, no byte order mark), ready for a Blob or a download. */
export function encodePlanFile(text: string): Uint8Array {
  return new TextEncoder().encode(text);
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
