// Series colours from the Okabe–Ito palette (readable with colour-vision deficiencies); every series
// also differs by line style and marker, and the legend names it, so colour is never the only cue.
export const COLORS = {
  plan: "#0072B2", // blue
  band: "#56B4E9", // sky blue
  actual: "#D55E00", // vermillion
  forecast: "#CC79A7", // reddish purple
  required: "#009E73", // bluish green
  target: "#1b2421", // near black
  grid: "#e1e7e5",
  axis: "#55625e",
} as const;

export const DASH = {
  estimate: "6 4",
  forecast: "10 5",
  required: "2 4",
  target: "12 4",
} as const;

/** One legend entry: drawn in HTML on screen and in SVG in exports. */
export interface LegendItem {
  key: "plan" | "planRange" | "actual" | "estimate" | "forecast" | "required" | "target";
  color: string;
  shape: "line" | "band" | "bar";
  dash?: string;
  /** Marker: filled for finals, hollow for estimates. */
  marker?: "filled" | "hollow";
}
