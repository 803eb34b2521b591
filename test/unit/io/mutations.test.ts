// Damaged files: whatever happens to a valid file on its way (bytes flipped, cut off, fields lost or
// swapped, hostile keys slipped in), reading it gives a valid plan or a typed error — never an
// exception, never an "unexpected" error, and no prototype is touched.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { checkPlan } from "../../../src/domain/planChecks";
import { Plan } from "../../../src/domain/schema";
import { readPlanFile, writePlanFile, type PlanFileErrorKind } from "../../../src/io";
import { arbPlan } from "./arbitraries";

type Json = unknown;
const NOW = new Date("2026-01-15T00:00:00.000Z");
const KINDS: PlanFileErrorKind[] = [
  "tooLarge",
  "empty",
  "notUtf8",
  "notJson",
  "tooDeep",
  "unsafeKey",
  "notAPlanFile",
  "newerVersion",
  "migrationFailed",
  "invalid",
  "domain",
];

/** Every object and array in a parsed file, with the keys it holds. */
function containers(root: Json): { node: Record<string, Json> | Json[]; keys: (string | number)[] }[] {
  const out: { node: Record<string, Json> | Json[]; keys: (string | number)[] }[] = [];
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      out.push({ node: v, keys: v.map((_, i) => i) });
      stack.push(...v);
    } else if (v && typeof v === "object") {
      out.push({ node: v as Record<string, Json>, keys: Object.keys(v) });
      stack.push(...Object.values(v));
    }
  }
  return out;
}

const HOSTILE: [string, Json][] = [
  ["__proto__", { polluted: "yes" }],
  ["constructor", { prototype: { polluted: "yes" } }],
  ["prototype", { polluted: "yes" }],
];
const ODD_VALUES: Json[] = [null, -1, 1.5, "x", "", [], {}, true, 1e308, -0, "2021-H3", { bound: "range" }];

type Mutation =
  | { kind: "flip"; at: number; byte: number }
  | { kind: "cut"; at: number }
  | { kind: "delete"; pick: number; key: number }
  | { kind: "swap"; a: number; b: number; ka: number; kb: number }
  | { kind: "set"; pick: number; key: number; value: number }
  | { kind: "hostile"; pick: number; which: number; escaped: boolean };

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat(), key: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), a: fc.nat(), b: fc.nat(), ka: fc.nat(), kb: fc.nat() }),
  fc.record({ kind: fc.constant("set" as const), pick: fc.nat(), key: fc.nat(), value: fc.nat() }),
  fc.record({
    kind: fc.constant("hostile" as const),
    pick: fc.nat(),
    which: fc.nat(),
    escaped: fc.boolean(),
  }),
);

function mutate(text: string, m: Mutation): string | Uint8Array {
  const bytes = new TextEncoder().encode(text);
  if (m.kind === "flip") {
    const copy = bytes.slice();
    copy[m.at % copy.length] = m.byte;
    return copy;
  }
  if (m.kind === "cut") return bytes.slice(0, m.at % bytes.length);
  const root = JSON.parse(text) as Json;
  const all = containers(root);
  const at = (n: number) => all[n % all.length]!;
  if (m.kind === "hostile") {
    const [key, value] = HOSTILE[m.which % HOSTILE.length]!;
    const objects = all.filter((c) => !Array.isArray(c.node));
    const target = objects[m.pick % objects.length]!.node;
    // Written into the text directly: assigning "__proto__" in JS would set a prototype instead.
    const marker = "___hostile___";
    (target as Record<string, Json>)[marker] = value;
    const spelled = m.escaped
      ? key.replace(/[a-z_]/, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
      : key;
    return JSON.stringify(root).replace(`"${marker}"`, `"${spelled}"`);
  }
  const a = at(m.kind === "swap" ? m.a : m.pick);
  if (a.keys.length === 0) return JSON.stringify(root);
  const ka = a.keys[(m.kind === "swap" ? m.ka : m.key) % a.keys.length]!;
  const node = a.node as Record<string | number, Json>;
  if (m.kind === "delete") {
    if (Array.isArray(a.node)) a.node.splice(ka as number, 1);
    else delete node[ka];
  } else if (m.kind === "set") {
    node[ka] = ODD_VALUES[m.value % ODD_VALUES.length];
  } else {
    const b = at(m.b);
    if (b.keys.length > 0) {
      const kb = b.keys[m.kb % b.keys.length]!;
      const other = b.node as Record<string | number, Json>;
      [node[ka], other[kb]] = [other[kb], node[ka]];
    }
  }
  return JSON.stringify(root, null, 2);
}

function prototypesClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    Object.keys(Object.prototype).length === 0 &&
    probe.polluted === undefined &&
    Object.getOwnPropertyNames(Object.prototype).every((k) => k !== "polluted") &&
    ([] as unknown as Record<string, unknown>).polluted === undefined
  );
}

describe("damaged plan files", () => {
  afterEach(() => {
    expect(prototypesClean()).toBe(true);
  });

  it("give a valid plan or a typed error, never an exception, and pollute nothing", () => {
    fc.assert(
      fc.property(
        arbPlan({ maxIndicators: 3, maxSubAreas: 2, maxTasks: 2 }),
        fc.array(arbMutation, { minLength: 1, maxLength: 3 }),
        (plan, mutations) => {
          let input: string | Uint8Array = writePlanFile(plan, NOW);
          for (const m of mutations) {
            const text = typeof input === "string" ? input : new TextDecoder().decode(input);
            // A mutation that needs JSON works on JSON only; otherwise keep the bytes as they are.
            try {
              input = mutate(text, m);
            } catch {
              break;
            }
          }
          const r = readPlanFile(input);
          if (r.ok) {
            expect(Plan.safeParse(r.plan).success).toBe(true);
            expect(checkPlan(r.plan)).toEqual([]);
          } else {
            expect(KINDS).toContain(r.error.kind);
          }
          expect(prototypesClean()).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("a hostile key is refused wherever it is, plain or escaped", () => {
    fc.assert(
      fc.property(
        arbPlan({ maxIndicators: 2 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (plan, pick, which, escaped) => {
          const input = mutate(writePlanFile(plan, NOW), { kind: "hostile", pick, which, escaped });
          const r = readPlanFile(input);
          expect(r.ok ? null : r.error.kind).toBe("unsafeKey");
        },
      ),
      { numRuns: 200 },
    );
  });
});
