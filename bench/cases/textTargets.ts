// Targets from text (issue 13). Speed: a 30-page decision (200 KB of text) read into proposals in
// the text worker (≤ 300 ms), and the page's longest task meanwhile. How well: the proposals on the
// four seed programmes' texts and on three held-out programmes against their expected indicators;
// the measurement is the number not right (missed + wrong), the note the whole table's last line.
import { readTargetsFromText } from "../../src/domain/textTargets";
import { type Score, scoreProposals, scoreTable } from "../../src/domain/textTargets/scoring";
import { createTextTargetsReader, type TextTargetsReader } from "../../src/io/worker/textTargetsReader";
import { TEMPLATES } from "../../src/templates";
import { SEED_TEXTS } from "../../test/fixtures/seed-texts";
import { HELD_OUT } from "../../test/fixtures/text-targets/heldOut";
import { longestTask } from "../longestTask";
import { benchCase } from "../types";

export const issue = 13;

const PERIOD = { startYear: 2026, endYear: 2030 };
const TARGET_CHARS = 200 * 1024;

/** About 30 pages: the seed and held-out texts, one after another, until 200 KB. */
function decisionText(): string {
  const parts = [...Object.values(SEED_TEXTS), ...HELD_OUT.map((p) => p.text)];
  let text = "";
  for (let i = 0; text.length < TARGET_CHARS; i++) text += `${parts[i % parts.length]}\n\n`;
  return text.slice(0, TARGET_CHARS);
}

async function readInWorker(c: { text: string; reader: TextTargetsReader }): Promise<void> {
  const r = await c.reader.read(c.text, PERIOD);
  if (!r.ok) throw new Error(`the 200 KB text was not read: ${r.notice.code}`);
  // The same programmes repeat: their repeated targets are one proposal each (with alsoAt).
  const repeats = r.reading.indicators.reduce((n, p) => n + p.alsoAt.length, 0);
  if (r.reading.indicators.length < 70 || repeats < 1000)
    throw new Error("the 200 KB text was not read whole");
}

function seedScores(): Score[] {
  return TEMPLATES.filter((t) => !t.illustrative && t.templateId !== null && t.templateId in SEED_TEXTS).map(
    (t) => {
      const r = readTargetsFromText(SEED_TEXTS[t.templateId ?? ""] ?? "", t);
      const expected = t.indicators.map((i) => {
        const s = Object.values(i.series)[0];
        return { name: i.name, unit: i.unit, kind: i.kind, total: s?.total ?? null, plan: s?.plan ?? {} };
      });
      return scoreProposals(t.templateId ?? t.title, expected, r.ok ? r.reading.indicators : []);
    },
  );
}

function heldOutScores(): Score[] {
  return HELD_OUT.map((p) => {
    const r = readTargetsFromText(p.text, p.period);
    return scoreProposals(p.id, p.indicators, r.ok ? r.reading.indicators : []);
  });
}

const notRight = (scores: readonly Score[]) => scores.reduce((n, s) => n + s.missed + s.wrong, 0);
const lastLine = (scores: readonly Score[]) => {
  const table = scoreTable(scores);
  console.log(table);
  const all = table.split("\n").at(-2) ?? "";
  return `${all.replace(/\s+/g, " ")} (expected found right wrong missed)`;
};

export const cases = [
  benchCase({
    name: "read a 200 KB decision into proposals (text worker)",
    budget: { max: 300 },
    runs: 7,
    setup: () => ({ text: decisionText(), reader: createTextTargetsReader() }),
    note: (c) => `${Math.round(c.text.length / 1024)} KB`,
    run: (c) => readInWorker(c),
    teardown: (c) => c.reader.close(),
  }),
  benchCase({
    name: "longest main-thread task while reading a 200 KB decision",
    budget: { max: 50 },
    unit: "ms",
    runs: 5,
    setup: () => ({ text: decisionText(), reader: createTextTargetsReader() }),
    note: (c) => `${Math.round(c.text.length / 1024)} KB`,
    run: (c) => longestTask(() => readInWorker(c)),
    teardown: (c) => c.reader.close(),
  }),
  benchCase({
    name: "seed programmes: proposals not right (missed + wrong, of 45+)",
    budget: { max: 2 },
    unit: "count",
    runs: 1,
    setup: seedScores,
    note: (scores) => lastLine(scores),
    run: () => notRight(seedScores()),
  }),
  benchCase({
    name: "held-out programmes: proposals not right (missed + wrong)",
    budget: { max: 1 },
    unit: "count",
    runs: 1,
    setup: heldOutScores,
    note: (scores) => lastLine(scores),
    run: () => notRight(heldOutScores()),
  }),
];
