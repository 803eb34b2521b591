// The architecture table of docs/architecture.md is the law of the house, and the lint rules hold
// it: this test reads the table, asks ESLint (with the project's own config) about an import of
// every folder and every package from inside every folder, and fails where the rules allow what the
// table forbids or forbid what it allows. It also reads every import in src/ (dynamic ones too,
// which the lint rule does not see) against the table, and checks that folders import no circle.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** The rows of the table: folder → what it may import (folders of src/ and packages). */
function readTable(): Map<string, Set<string>> {
  const doc = readFileSync(path.join(root, "docs/architecture.md"), "utf8");
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
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};
const packages = [...Object.keys(pkg.dependencies), "virtual:pwa-register"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** What a specifier names: a folder of src/ (for a relative one) or a package. */
function target(file: string, spec: string): string | null {
  if (spec.startsWith(".")) {
    const rel = path.relative(path.join(root, "src"), path.resolve(path.dirname(file), spec));
    return rel.startsWith("..") ? null : rel.split(path.sep)[0]!;
  }
  if (spec.startsWith("@")) return spec.split("/").slice(0, 2).join("/");
  if (spec.startsWith("virtual:")) return spec;
  return spec.split("/")[0]!;
}

describe("the architecture table", () => {
  it("has a row for every folder of src/, and names only folders and packages that exist", () => {
    const onDisk = readdirSync(path.join(root, "src")).filter((n) =>
      statSync(path.join(root, "src", n)).isDirectory(),
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
          filePath: path.join(root, "src", dir, "architectureProbe.ts"),
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
      for (const file of sourceFiles(path.join(root, "src", folder))) {
        const text = readFileSync(file, "utf8");
        for (const m of text.matchAll(
          /(?:^|\n)\s*(?:import|export)[^"'`;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|(?:^|\n)import\s+["']([^"']+)["']/g,
        )) {
          const spec = m[1] ?? m[2] ?? m[3]!;
          const to = target(file, spec);
          if (to === null || to === folder || /\.css$/.test(spec) || spec.startsWith("node:")) continue;
          if (!folders.includes(to) && !packages.includes(to)) continue;
          if (!table.get(folder)!.has(to)) broken.push(`${path.relative(root, file)} imports ${spec}`);
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
    const files = folders.flatMap((f) => sourceFiles(path.join(root, "src", f)));
    const known = new Set(files);
    const resolve = (from: string, spec: string): string | null => {
      const base = path.resolve(path.dirname(from), spec);
      for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
        if (known.has(c)) return c;
      return null;
    };
    const edges = new Map<string, string[]>();
    for (const file of files) {
      const text = readFileSync(file, "utf8");
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
          scc.push(path.relative(root, w));
        } while (w !== v);
        if (scc.length > 1) circles.push(scc.sort());
      }
    };
    for (const f of files) if (!idx.has(f)) visit(f);
    expect(circles).toEqual([]);
  });
});
