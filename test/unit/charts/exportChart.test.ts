// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { buildExportSvg } from "../../../src/charts/exportChart";
import { COLORS } from "../../../src/charts/palette";

const SVG_NS = "http://www.w3.org/2000/svg";

function fakeChart(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
  svg.setAttribute("width", "640");
  svg.setAttribute("height", "300");
  svg.setAttribute("class", "recharts-surface");
  const text = document.createElementNS(SVG_NS, "text");
  text.textContent = "Mục tiêu ≥ 250";
  svg.appendChild(text);
  // Things that must never reach a file, whatever drew them.
  svg.appendChild(document.createElementNS(SVG_NS, "script")).textContent = "alert(1)";
  svg.appendChild(document.createElementNS(SVG_NS, "foreignObject"));
  const g = document.createElementNS(SVG_NS, "g");
  g.setAttribute("onclick", "alert(2)");
  svg.appendChild(g);
  return svg;
}

describe("SVG export", () => {
  const hostile = "1. <script>alert(1)</script><img src=x onerror=alert(1)> & “Đạt”";
  const out = buildExportSvg(
    fakeChart(),
    {
      title: hostile,
      subtitle: "Trà Vinh 2021–2025 · 25/11/2026",
      unitLine: "Đơn vị: HTX",
      legend: [
        { item: { key: "plan", color: COLORS.plan, shape: "line", marker: "filled" }, label: "Kế hoạch" },
        {
          item: { key: "estimate", color: COLORS.actual, shape: "line", dash: "6 4", marker: "hollow" },
          label: "Ước thực hiện (ước)",
        },
      ],
    },
    "@font-face{font-family:'Be Vietnam Pro';src:url(data:font/woff2;base64,AAAA)}",
  );

  it("keeps names as escaped text, with no script, foreign object or handler", () => {
    expect(out.markup).not.toMatch(/<script|<img|<foreignObject|onclick=/i);
    expect(out.markup).toContain(
      "1. &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; “Đạt”",
    );
    const doc = new DOMParser().parseFromString(out.markup, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    const texts = Array.from(doc.querySelectorAll("text")).map((t) => t.textContent);
    expect(texts.join(" ")).toContain("<script>alert(1)</script>");
    expect(doc.querySelector("title")?.textContent).toBe(hostile);
    expect(texts).toContain("Ước thực hiện (ước)");
    expect(texts).toContain("Mục tiêu ≥ 250");
  });

  it("is self-contained: embedded font, explicit size, the chart nested below the title", () => {
    expect(out.markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(out.markup).toContain("data:font/woff2;base64,AAAA");
    expect(out.width).toBe(640);
    expect(out.height).toBeGreaterThan(300);
    const doc = new DOMParser().parseFromString(out.markup, "image/svg+xml");
    const root = doc.documentElement;
    expect(root.getAttribute("width")).toBe("640");
    expect(root.getAttribute("height")).toBe(String(out.height));
    const nested = root.querySelector("svg");
    expect(Number(nested?.getAttribute("y"))).toBeGreaterThan(40);
  });
});
