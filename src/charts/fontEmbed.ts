// The bundled font as @font-face rules with data: URLs, for exported SVG and PNG files: an SVG file
// opened elsewhere (or drawn on a canvas) cannot reach the app's font files, so it carries them.
import vi400 from "@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url";
import latin400 from "@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url";
import vi700 from "@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2?url";
import latin700 from "@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2?url";

export const FONT_FAMILY = "'Be Vietnam Pro', 'Noto Sans', Arial, sans-serif";

const VI_RANGE =
  "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB";
const LATIN_RANGE =
  "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";

// Exports use two weights (text 400, titles 700): enough for every glyph drawn, and half the size.
const FACES = [
  { url: latin400, weight: 400, range: LATIN_RANGE },
  { url: vi400, weight: 400, range: VI_RANGE },
  { url: latin700, weight: 700, range: LATIN_RANGE },
  { url: vi700, weight: 700, range: VI_RANGE },
];

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

let cached: Promise<string> | null = null;

/** @font-face rules with the font inlined; "" when the files cannot be read (the export still works). */
export function embeddedFontCss(): Promise<string> {
  cached ??= Promise.all(
    FACES.map(async (f) => {
      const res = await fetch(f.url);
      if (!res.ok) throw new Error(`font ${res.status}`);
      const data = toBase64(await res.arrayBuffer());
      return `@font-face{font-family:'Be Vietnam Pro';font-style:normal;font-weight:${f.weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${f.range};}`;
    }),
  )
    .then((rules) => rules.join("\n"))
    .catch(() => {
      cached = null;
      return "";
    });
  return cached;
}
