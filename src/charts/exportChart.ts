// Export one chart as a self-contained SVG (text as text, the font embedded) or as a PNG at twice
// the size. The file carries what a slide or a report needs beside the chart: the indicator's name,
// the plan and date, the unit and the legend. Every text goes in through textContent and out through
// XMLSerializer, so a name like "<script>" stays text; scripts, foreign objects and event attributes
// are stripped from the copy as a second guard.
import { FONT_FAMILY } from "./fontEmbed";
import type { LegendItem } from "./palette";

const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 16;

export interface ExportMeta {
  title: string;
  subtitle: string;
  unitLine: string;
  legend: { item: LegendItem; label: string }[];
}

export interface ExportedSvg {
  markup: string;
  width: number;
  height: number;
}

/** Rough width of a text, to wrap titles and lay out the legend without measuring. */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

function wrap(text: string, size: number, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1] ?? ""}…`;
    return kept;
  }
  return lines;
}

function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Remove anything executable from a copied chart: it is drawn by us, but a file must be safe. */
function sanitize(root: Element): void {
  root.querySelectorAll("script, foreignObject, iframe, image").forEach((n) => n.remove());
  for (const node of [root, ...Array.from(root.querySelectorAll("*"))]) {
    for (const attr of Array.from(node.attributes)) {
      const value = attr.value.trim().toLowerCase();
      if (attr.name.toLowerCase().startsWith("on") || value.startsWith("javascript:")) {
        node.removeAttribute(attr.name);
      }
    }
  }
}

function swatch(doc: Document, item: LegendItem, x: number, y: number): SVGGElement {
  const g = el(doc, "g", {});
  if (item.shape === "band" || item.shape === "bar") {
    g.appendChild(
      el(doc, "rect", {
        x,
        y: y - 7,
        width: 22,
        height: 12,
        fill: item.marker === "hollow" ? "#ffffff" : item.color,
        "fill-opacity": item.shape === "band" ? 0.35 : 1,
        stroke: item.color,
        ...(item.dash ? { "stroke-dasharray": item.dash } : {}),
      }),
    );
    return g;
  }
  g.appendChild(
    el(doc, "line", {
      x1: x,
      y1: y,
      x2: x + 22,
      y2: y,
      stroke: item.color,
      "stroke-width": 3,
      ...(item.dash ? { "stroke-dasharray": item.dash } : {}),
    }),
  );
  if (item.marker) {
    g.appendChild(
      el(doc, "circle", {
        cx: x + 11,
        cy: y,
        r: 4,
        fill: item.marker === "hollow" ? "#ffffff" : item.color,
        stroke: item.color,
        "stroke-width": 2,
      }),
    );
  }
  return g;
}

/** A standalone SVG document of the chart with its title, unit and legend. */
export function buildExportSvg(chartSvg: SVGSVGElement, meta: ExportMeta, fontCss: string): ExportedSvg {
  const doc = chartSvg.ownerDocument;
  const chartW = Number(chartSvg.getAttribute("width")) || chartSvg.getBoundingClientRect().width || 800;
  const chartH = Number(chartSvg.getAttribute("height")) || chartSvg.getBoundingClientRect().height || 400;
  const width = Math.max(Math.round(chartW), 480);
  const inner = width - 2 * PAD;

  const titleLines = wrap(meta.title, 18, inner, 3);
  const subLines = wrap(meta.subtitle, 13, inner, 2);
  let y = PAD + 18;
  const texts: SVGTextElement[] = [];
  for (const line of titleLines) {
    texts.push(el(doc, "text", { x: PAD, y, "font-size": 18, "font-weight": 700, fill: "#1b2421" }, line));
    y += 24;
  }
  for (const line of subLines) {
    texts.push(el(doc, "text", { x: PAD, y: y - 4, "font-size": 13, fill: "#55625e" }, line));
    y += 18;
  }
  texts.push(el(doc, "text", { x: PAD, y: y - 2, "font-size": 12, fill: "#55625e" }, meta.unitLine));
  const chartTop = y + 6;

  // Legend below the chart, wrapped in rows.
  const legend = el(doc, "g", { class: "export-legend" });
  let lx = PAD;
  let ly = chartTop + chartH + 20;
  for (const { item, label } of meta.legend) {
    const w = 30 + textWidth(label, 12) + 18;
    if (lx > PAD && lx + w > width - PAD) {
      lx = PAD;
      ly += 22;
    }
    legend.appendChild(swatch(doc, item, lx, ly));
    legend.appendChild(el(doc, "text", { x: lx + 30, y: ly + 4, "font-size": 12, fill: "#1b2421" }, label));
    lx += w;
  }
  const height = Math.round(meta.legend.length ? ly + 16 : chartTop + chartH + PAD);

  // XMLSerializer writes the xmlns of an element made in the SVG namespace itself.
  const root = el(doc, "svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-family": FONT_FAMILY,
  });
  root.appendChild(el(doc, "title", {}, meta.title));
  root.appendChild(el(doc, "style", {}, `${fontCss}\ntext{font-family:${FONT_FAMILY};}`));
  root.appendChild(el(doc, "rect", { x: 0, y: 0, width, height, fill: "#ffffff" }));
  for (const node of texts) root.appendChild(node);

  const chart = chartSvg.cloneNode(true) as SVGSVGElement;
  sanitize(chart);
  chart.removeAttribute("style");
  chart.removeAttribute("class");
  chart.setAttribute("x", String(Math.round((width - chartW) / 2)));
  chart.setAttribute("y", String(chartTop));
  chart.setAttribute("width", String(chartW));
  chart.setAttribute("height", String(chartH));
  root.appendChild(chart);
  root.appendChild(legend);

  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { markup, width, height };
}

function fontsSettled(): Promise<void> {
  const frames = new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
  const moment = new Promise<void>((resolve) => setTimeout(resolve, 250));
  return Promise.race([frames, moment]).then(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
}

/** Draw an exported SVG on a canvas at `scale`× and return the PNG. */
export async function svgToPng(svg: ExportedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.markup], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    // The fonts inside an SVG image load after it decodes; drawn at once, text still waiting for its
    // font is invisible. Two frames (or a moment, in a background tab) let them arrive.
    await fontsSettled();
    const canvas = document.createElement("canvas");
    canvas.width = svg.width * scale;
    canvas.height = svg.height * scale;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no canvas");
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
