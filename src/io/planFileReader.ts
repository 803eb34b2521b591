// Reading a plan file: bytes in, a plan or one typed error out — never an exception. The stages run
// in this order, each refusing with its own error kind (docs/file-format.md "Reading"):
//   size limit → bytes to text (UTF-8) → safe JSON parse (unsafe keys, nesting depth) → envelope
//   → migrations → strict validation → NFC text → domain checks (checkPlan).
// The depth scan belongs to the JSON stage but runs only once a later stage has failed (see
// safeJson.ts): a file too deep is still reported as tooDeep, and a good file does not pay for it.
import { checkPlan } from "../domain/planChecks";
import { Plan } from "../domain/schema";
import { bytesToText } from "./bytesToText";
import { locateIssue, locateProblem, type SchemaIssue } from "./locate";
import { migrate, MIGRATIONS, oldestReadableVersion, type MigrationStep, type RawFile } from "./migrations";
import { normalizePlanText } from "./normalizeText";
import { CURRENT_FORMAT_VERSION, CurrentPlanFile, FORMAT, MAX_FILE_BYTES } from "./planFileFormat";
import { MAX_LISTED, type PlanFileError, type ReadResult, type ReadWarning } from "./planFileErrors";
import { parseJsonSafely, tooDeepError } from "./safeJson";

export interface ReadOptions {
  /** The migration steps to use; tests pass their own. */
  migrations?: readonly MigrationStep[];
  /** Size limit in bytes; 50 MB unless a test says otherwise. */
  maxBytes?: number;
}

const fail = (error: PlanFileError): ReadResult => ({ ok: false, error });

function isObject(v: unknown): v is RawFile {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

type EnvelopeCheck = { ok: true; version: number } | { ok: false; error: PlanFileError };

/** Is this a plan file, and of a version this app can open? */
function checkEnvelope(value: unknown, steps: readonly MigrationStep[]): EnvelopeCheck {
  if (!isObject(value)) return { ok: false, error: { kind: "notAPlanFile", reason: "notAnObject" } };
  if (value.format !== FORMAT) {
    const bare = Array.isArray(value.indicators) && typeof value.title === "string";
    return { ok: false, error: { kind: "notAPlanFile", reason: bare ? "barePlan" : "noFormat" } };
  }
  const version = value.formatVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < oldestReadableVersion(steps)) {
    return { ok: false, error: { kind: "notAPlanFile", reason: "badVersion" } };
  }
  if (version > CURRENT_FORMAT_VERSION) {
    const app = value.app;
    const appVersion = isObject(app) && typeof app.version === "string" ? app.version.slice(0, 50) : null;
    return {
      ok: false,
      error: { kind: "newerVersion", version, supported: CURRENT_FORMAT_VERSION, appVersion },
    };
  }
  return { ok: true, version };
}

function invalid(issues: readonly SchemaIssue[], file: unknown): ReadResult {
  return fail({
    kind: "invalid",
    issues: issues.slice(0, MAX_LISTED).map((i) => locateIssue(i, file)),
    total: issues.length,
  });
}

function read(input: Uint8Array | ArrayBuffer | string, options: ReadOptions): ReadResult {
  const steps = options.migrations ?? MIGRATIONS;
  const text = bytesToText(input, options.maxBytes ?? MAX_FILE_BYTES);
  if (!text.ok) return text;
  const json = parseJsonSafely(text.text);
  if (!json.ok) return json;
  // A later stage failed: report excessive nesting first, as the order of stages says.
  const orTooDeep = (result: ReadResult): ReadResult => {
    const deep = tooDeepError(text.text);
    return deep ? fail(deep) : result;
  };
  const envelope = checkEnvelope(json.value, steps);
  if (!envelope.ok) return orTooDeep(envelope);

  const fromVersion = envelope.version;
  const warnings: ReadWarning[] = [];
  let raw = json.value as RawFile;
  if (fromVersion < CURRENT_FORMAT_VERSION) {
    // Migration steps walk raw input of any shape: make sure it is not absurdly deep first.
    const deep = tooDeepError(text.text);
    if (deep) return fail(deep);
    const migrated = migrate(raw, fromVersion, CURRENT_FORMAT_VERSION, steps);
    if (!migrated.ok) {
      const { from, to, reason } = migrated;
      return fail({ kind: "migrationFailed", from, to, reason });
    }
    raw = migrated.file;
    warnings.push({ kind: "migrated", from: fromVersion, to: CURRENT_FORMAT_VERSION });
  }

  const parsed = CurrentPlanFile.safeParse(raw);
  if (!parsed.success) return orTooDeep(invalid(parsed.error.issues as SchemaIssue[], raw));
  const file = parsed.data;

  const normalized = normalizePlanText(file.plan);
  let plan = normalized.plan;
  if (normalized.changed > 0) {
    warnings.push({ kind: "textNormalized", count: normalized.changed });
    // Normalizing can, rarely, lengthen a text past its limit: validate once more.
    const again = Plan.safeParse(plan);
    if (!again.success) {
      const issues = (again.error.issues as SchemaIssue[]).map((i) => ({ ...i, path: ["plan", ...i.path] }));
      return invalid(issues, { ...file, plan });
    }
    plan = again.data;
  }

  const problems = checkPlan(plan, 1000);
  if (problems.length > 0) {
    return fail({
      kind: "domain",
      problems: problems.slice(0, MAX_LISTED).map((p) => locateProblem(p, plan)),
      total: problems.length,
    });
  }
  return {
    ok: true,
    plan,
    fromVersion,
    file: {
      formatVersion: fromVersion,
      appName: file.app.name,
      appVersion: file.app.version,
      exportedAt: file.exportedAt,
    },
    warnings,
  };
}

function reasonOf(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return "unknown";
  }
}

/**
 * Read a plan file into a plan, or a typed error. Give it the file's bytes
 * (`new Uint8Array(await file.arrayBuffer())`): `file.text()` would let the browser replace invalid
 * bytes with "�" silently, while the reader refuses them. Text is accepted too (a paste, a test).
 * Never throws: anything unforeseen becomes an "unexpected" error, and stored data is untouched
 * because nothing here writes anywhere.
 */
export function readPlanFile(
  input: Uint8Array | ArrayBuffer | string,
  options: ReadOptions = {},
): ReadResult {
  try {
    return read(input, options);
  } catch (e) {
    return fail({ kind: "unexpected", reason: reasonOf(e) });
  }
}
