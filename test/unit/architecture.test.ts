// The architecture table of docs/architecture.md is the law of the house, and the lint rules hold
// it: this test reads the table, asks ESLint (with the project's own config) about an import of
// every folder and every package from inside every folder, and fails where the rules allow what the
// table forbids or forbid what it allows. It also reads every import in src/ (dynamic ones too,
// which the lint rule does not see) against the table, and checks that folders import no circle.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import doc from "../../docs/architecture.md?raw";
import packageJson from "../../package.json?raw";

const root = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

/** Every source file of src/ ("/src/grid/PlanGrid.tsx") with its text. */
const sources = import.meta.glob<string>("/src/**/*.{ts,tsx}", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The rows of the table: folder → what it may import (folders of src/ and packages). */
function readTable(): Map<string, Set<string>> {
  const rows = new Map<string, Set<string>>();
  const lines = doc.split("\n");
  const head = lines.findIndex((l) => /^\|\s*folder\s*\|.*\|\s*may import\s*\|\s*$/.test(l));
  if (head < 0) throw new Error("docs/architecture.md has no table with a 'may import' column");
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith("|")) break;
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    const allowed = [...cells[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    for (const f of cells[0]!.matchAll(/`src\/([^`/]+)\/`/g)) rows.set(f[1]!, new Set(allowed));
  }
  return rows;
}

const table = readTable();
const folders = [...table.keys()];
const pkg = JSON.parse(packageJson) as { dependencies: Record<string, string> };
const packages = [...Object.keys(pkg.dependencies), "virtual:pwa-register"];

/** "/src/grid/x.ts" + "../i18n/y" → "/src/i18n/y" (posix paths, no file system). */
function join(file: string, spec: string): string {
  const parts = file.split("/").slice(0, -1);
  for (const p of spec.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

const folderOf = (file: string): string => file.split("/")[2]!;
const filesIn = (folder: string): string[] =>
  Object.keys(sources).filter((f) => folderOf(f) === folder && f.split("/").length > 3);

/** What a specifier names: a folder of src/ (for a relative one) or a package. */
function target(file: string, spec: string): string | null {
  if (spec.startsWith(".")) {
    const to = join(file, spec);
    return to.startsWith("/src/") ? folderOf(to + "/") : null;
  }
  if (spec.startsWith("@")) return spec.split("/").slice(0, 2).join("/");
  if (spec.startsWith("virtual:")) return spec;
  return spec.split("/")[0]!;
}

describe("the architecture table", () => {
  it("has a row for every folder of src/, and names only folders and packages that exist", () => {
    const onDisk = new Set(
      Object.keys(sources)
        .filter((f) => f.split("/").length > 3)
        .map(folderOf),
    );
    expect([...folders].sort()).toEqual([...onDisk].sort());
    for (const [folder, allowed] of table)
      for (const a of allowed) expect([...folders, ...packages], `${folder} → ${a}`).toContain(a);
  });

  it("is held by the lint rules: every import it forbids is an error, every one it allows is not", async () => {
    const eslint = new ESLint({ cwd: root });
    const wrong: string[] = [];
    for (const folder of folders) {
      const others = folders.filter((f) => f !== folder);
      // From a file one folder down too, so that "../../x" is judged as "../x" is.
      const probes = [
        ...others.map((f) => ({ what: f, line: `import "../${f}/probe";`, dir: folder })),
        ...others.map((f) => ({ what: f, line: `import "../../${f}/probe";`, dir: `${folder}/deeper` })),
        ...packages.map((p) => ({ what: p, line: `import "${p}";`, dir: folder })),
      ];
      for (const dir of [folder, `${folder}/deeper`]) {
        const mine = probes.filter((p) => p.dir === dir);
        const [result] = await eslint.lintText(mine.map((p) => p.line).join("\n") + "\n", {
          filePath: `${root}/src/${dir}/architectureProbe.ts`,
        });
        const refused = new Set(
          result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.line),
        );
        mine.forEach((p, i) => {
          const allowed = table.get(folder)!.has(p.what);
          if (allowed === refused.has(i + 1))
            wrong.push(`src/${dir}/ → ${p.what}: table ${allowed ? "allows" : "forbids"}, lint disagrees`);
        });
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it("is kept by the code, dynamic imports included", () => {
    const broken: string[] = [];
    for (const folder of folders) {
      for (const file of filesIn(folder)) {
        const text = sources[file]!;
        for (const m of text.matchAll(
          /(?:^|\n)\s*(?:import|export)[^"'`;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|(?:^|\n)import\s+["']([^"']+)["']/g,
        )) {
          const spec = m[1] ?? m[2] ?? m[3]!;
          const to = target(file, spec);
          if (to === null || to === folder || /\.css$/.test(spec) || spec.startsWith("node:")) continue;
          if (!folders.includes(to) && !packages.includes(to)) continue;
          if (!table.get(folder)!.has(to)) broken.push(`${file} imports ${spec}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("orders the folders so that none imports one further down the table: no circles", () => {
    const up: string[] = [];
    folders.forEach((folder, i) => {
      for (const a of table.get(folder)!) {
        const j = folders.indexOf(a);
        if (j >= i) up.push(`${folder} → ${a}`);
      }
    });
    expect(up).toEqual([]);
  });

  it("has no import circles between files", () => {
    const files = Object.keys(sources);
    const known = new Set(files);
    const resolve = (from: string, spec: string): string | null => {
      const base = join(from, spec);
      for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (known.has(c)) return c;
      return null;
    };
    const edges = new Map<string, string[]>();
    for (const file of files) {
      const text = sources[file]!;
      // Static imports only: a lazy import() is a loading boundary, evaluated after both files ran.
      const specs = [...text.matchAll(/(?:from|^import)\s*["'](\.[^"']+)["']/gm)].map((m) => m[1]!);
      edges.set(
        file,
        specs.map((s) => resolve(file, s)).filter((t): t is string => t !== null),
      );
    }
    // Tarjan's strongly connected components: a component of more than one file is a circle.
    let index = 0;
    const idx = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    const visit = (v: string) => {
      idx.set(v, index);
      low.set(v, index++);
      stack.push(v);
      onStack.add(v);
      for (const w of edges.get(v)!) {
        if (!idx.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) === idx.get(v)) {
        const scc: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.push(w);
        } while (w !== v);
        if (scc.length > 1) circles.push(scc.sort());
      }
    };
    for (const f of files) if (!idx.has(f)) visit(f);
    expect(circles).toEqual([]);
  });
});
