// The .zip writer: files compressed one by one (gzip by the platform, or fflate where there is no
// CompressionStream) and put together; any unzip reads back exactly the files, names and order.
import { gzipSync, strToU8, unzipSync } from "fflate";
import { afterEach, describe, expect, it, vi } from "vitest";
import { entryFromGzip, gzip, zipArchive } from "../../../src/io/zipWriter";
import { ZipBuilder } from "../../../src/io/worker/partFiles";

const NOW = new Date(2026, 1, 3, 4, 5, 6);
const files = [
  { name: "vinh-long-2026-2030-001-xa-a.htxplan.json", text: '{\n  "a": "Trà Vinh"\n}\n' },
  { name: "empty.htxplan.json", text: "" },
  {
    name: "big.htxplan.json",
    text: JSON.stringify({ v: Array.from({ length: 5000 }, (_, i) => i) }, null, 2),
  },
  { name: "tên-có-dấu.json", text: "x" },
];

async function built(): Promise<Uint8Array> {
  const zip = new ZipBuilder();
  for (const f of files) zip.add(f.name, strToU8(f.text));
  return zip.finish(NOW);
}

function readBack(zip: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]);
}

describe("writing a .zip from gzip members", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads back the same files in the same order (platform deflate)", async () => {
    expect(typeof CompressionStream).toBe("function");
    expect(readBack(await built())).toEqual(files.map((f) => [f.name, f.text]));
  });

  it("reads back the same files where there is no CompressionStream (fflate's deflate)", async () => {
    vi.stubGlobal("CompressionStream", undefined);
    expect(readBack(await built())).toEqual(files.map((f) => [f.name, f.text]));
  });

  it("compresses: a repetitive file takes far less room than its text", async () => {
    const zip = await built();
    expect(zip.length).toBeLessThan(files.reduce((n, f) => n + f.text.length, 0) / 4);
  });

  it("takes the CRC-32 and size from the gzip trailer, skipping optional header fields", async () => {
    const bytes = strToU8("Hợp tác xã ".repeat(100));
    const plain = entryFromGzip("a", await gzip(bytes));
    const named = entryFromGzip("a", gzipSync(bytes, { filename: "x.json", mtime: NOW }));
    expect(named.crc).toBe(plain.crc);
    expect(named.size).toBe(bytes.length);
    expect(readBack(zipArchive([plain, { ...named, name: "b" }], NOW))).toEqual([
      ["a", "Hợp tác xã ".repeat(100)],
      ["b", "Hợp tác xã ".repeat(100)],
    ]);
  });

  it("refuses what is not gzip", () => {
    expect(() => entryFromGzip("a", strToU8("not gzip at all, not at all"))).toThrow();
  });

  it("dates the entries and marks non-ASCII names as UTF-8", async () => {
    const zip = await built();
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(6, true)).toBe(0); // an ASCII name
    expect(view.getUint16(10, true)).toBe((4 << 11) | (5 << 5) | 3); // 04:05:06
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (2 << 5) | 3); // 3 Feb 2026
  });
});
