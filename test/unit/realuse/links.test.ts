// Outbound links are limited to http, https and mailto (issue 8). safeHref refuses every other
// scheme however it is disguised; and a scan of the sources checks that every href the app writes
// is a route built by hrefFor ("#…"), a literal "#…", or an address passed through safeHref — and
// that the only addresses set from code are the blob: URLs of downloads.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { safeHref } from "../../../src/ui/safeHref";
import { hrefFor } from "../../../src/ui/router";

describe("safeHref", () => {
  it.each([
    "https://moj.gov.vn/vbpq",
    "http://vinhlong.gov.vn/",
    "HTTPS://EXAMPLE.VN/a?b=c#d",
    "mailto:kinhtetapthe@vinhlong.gov.vn",
    "#/plan/abc/dashboard",
  ])("keeps %s", (address) => {
    expect(safeHref(address)).toBe(address);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "blob:https://example.vn/123",
    "ftp://example.vn/",
    "//evil.example/",
    "relative/page.html",
    "",
  ])("refuses %j", (address) => {
    expect(safeHref(address)).toBeUndefined();
  });

  it("refuses nothing given", () => {
    expect(safeHref(null)).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });

  it("keeps every route, even one built from hostile ids (they are encoded after '#')", () => {
    const hostile = 'javascript:alert(1)//"><img src=x onerror=alert(1)>';
    const route = hrefFor({ name: "plan", planId: hostile, view: "chart", item: hostile });
    expect(route.startsWith("#/plan/")).toBe(true);
    expect(safeHref(route)).toBe(route);
    expect(route).not.toContain("<");
  });
});

/** Every component and module of the app, read at test time through Vite. */
const SOURCES = import.meta.glob<string>("../../../src/**/*.{ts,tsx}", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Expressions an href may be written with: a route builder, safeHref, or a literal "#…". */
function hrefIsSafe(expr: ts.Expression): boolean {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text.startsWith("#");
  if (ts.isCallExpression(expr)) return /^(hrefFor|safeHref)$/.test(expr.expression.getText());
  return false;
}

function unsafeHrefs(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    // <a href={…}> in JSX (an element of the page, not a prop of one of our components).
    const element = node.parent?.parent;
    const intrinsic =
      element !== undefined &&
      (ts.isJsxOpeningElement(element) || ts.isJsxSelfClosingElement(element)) &&
      /^[a-z]/.test(element.tagName.getText());
    if (ts.isJsxAttribute(node) && intrinsic && node.name.getText() === "href" && node.initializer) {
      const init = node.initializer;
      const expr = ts.isJsxExpression(init) ? init.expression : init;
      // A variable is fine when it was itself set from safeHref in the same component.
      const ok =
        expr !== undefined &&
        (hrefIsSafe(expr) ||
          (ts.isIdentifier(expr) && new RegExp(`const ${expr.text} = safeHref\\(`).test(text)));
      if (!ok) found.push(`${file}: href=${init.getText()}`);
    }
    // element.href = … in code: only the blob: URL of a download made by the app.
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.name.text === "href"
    ) {
      const ok = /URL\.createObjectURL\(/.test(text) && ts.isIdentifier(node.right);
      if (!ok) found.push(`${file}: ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("every link the app writes", () => {
  it("is a route, a literal '#…', or an address checked by safeHref", () => {
    const files = Object.entries(SOURCES);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(([file, text]) => unsafeHrefs(file, text))).toEqual([]);
  });

  it("the scan finds a link made straight from data (the check itself works)", () => {
    const fixture = [
      "const A = ({ plan }) => <a href={plan.website}>x</a>;",
      'const B = () => <a href="javascript:void 0">x</a>;',
      "const C = ({ u }) => { const l = safeHref(u); return <a href={l}>ok</a>; };",
      'const D = () => <a href={hrefFor({ name: "home" })}>ok</a>;',
      "function e(el, plan) { el.href = plan.website; }",
    ].join("\n");
    expect(unsafeHrefs("fixture.tsx", fixture)).toEqual([
      "fixture.tsx: href={plan.website}",
      'fixture.tsx: href="javascript:void 0"',
      "fixture.tsx: el.href = plan.website",
    ]);
  });
});
