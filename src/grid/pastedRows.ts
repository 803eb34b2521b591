// Rows pasted into the grid that are new indicators rather than values: a table copied from Word
// (which arrives as HTML and as tab-separated text), Excel or a web page, whose first cells are
// names the plan does not have. The HTML is preferred when it holds a table: merged cells keep
// their place (a cell spanning columns or rows leaves the cells it covers empty, as in Excel) and
// line breaks inside a cell become spaces. The HTML is only read, never shown: text stays text.
import { parseBlock } from "./pasteBlock";

const cellText = (el: Element): string => {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? "");
    else if (n instanceof Element) {
      if (n.tagName === "BR") parts.push("\n");
      n.childNodes.forEach(walk);
      if (/^(P|DIV|LI)$/.test(n.tagName)) parts.push("\n");
    }
  };
  walk(el);
  return parts.join("").replace(/\s+/g, " ").trim();
};

/** The rows of the first table in clipboard HTML, or null when it holds none. */
export function tableFromHtml(html: string): string[][] | null {
  if (!/<table[\s>]/i.test(html)) return null;
  const doc = new DOMParser().parseFromString(html, "text/html");
  const table = doc.querySelector("table");
  if (!table) return null;
  const grid: string[][] = [];
  const taken = new Set<string>();
  let width = 0;
  Array.from(table.rows).forEach((tr, r) => {
    const row = (grid[r] ??= []);
    let c = 0;
    for (const cell of Array.from(tr.cells)) {
      while (taken.has(`${r},${c}`)) c++;
      const span = Math.max(1, Math.min(cell.colSpan || 1, 100));
      const down = Math.max(1, Math.min(cell.rowSpan || 1, 1000));
      row[c] = cellText(cell);
      for (let dr = 0; dr < down; dr++)
        for (let dc = 0; dc < span; dc++) if (dr > 0 || dc > 0) taken.add(`${r + dr},${c + dc}`);
      c += span;
    }
    width = Math.max(width, c);
  });
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
}

/** The pasted rows: the HTML's table when there is one, else the tab-separated text. */
export function pastedRows(text: string, html: string): string[][] {
  return tableFromHtml(html) ?? parseBlock(text).map((row) => row.map((c) => c.replace(/\s+/g, " ").trim()));
}
