// Interface text lives in src/i18n/messages (in Vietnamese and English), never in components. This
// test reads every component and fails on text written straight into JSX or into a labelling
// attribute (aria-label, title, placeholder, alt) — text that would appear in one language only.
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Every component's source text, read at test time through Vite. */
const COMPONENTS = import.meta.glob<string>("../../src/**/*.tsx", {
  query: "?raw",
  import: "default",
  eager: true,
});
const LABEL_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "aria-description"]);
/** Letters of any script: symbols, digits and punctuation ("←", "▶", "·", "%", "2×") are fine. */
const HAS_WORD = /\p{L}{2,}/u;
/** Keyboard shortcuts ("Ctrl+Z", "Shift+F2") read the same in every language. */
const KEY_COMBO = /^(?:(?:Ctrl|Shift|Alt|Cmd|Meta)\+)+(?:[A-Z0-9]|F\d{1,2}|Enter|Escape|Delete)$/;

function hardcodedText(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_WORD.test(node.getText())) {
      found.push(node.getText().trim());
    }
    if (ts.isJsxAttribute(node) && LABEL_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression)
          ? init.expression.text
          : null;
      if (literal !== null && HAS_WORD.test(literal) && !KEY_COMBO.test(literal))
        found.push(`${node.name.getText()}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("interface text", () => {
  it("is never written into components: every string comes from the bilingual messages", () => {
    const files = Object.entries(COMPONENTS);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap(([file, source]) =>
      hardcodedText(file, source).map((t) => `${file}: ${t}`),
    );
    expect(offenders).toEqual([]);
  });

  it("catches text left in code (the check itself works)", () => {
    const text =
      'export const X = () => <p title="Xin chào" aria-label={"Đóng"}>Hello there ← {t("ok")}</p>;\n';
    expect(hardcodedText("fixture.tsx", text)).toEqual([
      'title="Xin chào"',
      'aria-label="Đóng"',
      "Hello there ←",
    ]);
  });
});
