// A .zip written from files compressed one by one as gzip: a gzip member is a raw deflate stream
// (what a .zip entry holds, method 8) between a header and a trailer carrying the CRC-32 and the
// size, which a .zip entry also needs. So each file is compressed by the platform's own deflate
// (CompressionStream, native code, off the page when run in a worker) — or fflate's where there is
// none — and the archive is only headers around those streams. Pure apart from that choice.
import { gzipSync } from "fflate";

/** One file ready to go into the archive. */
export interface ZipEntry {
  name: string;
  crc: number;
  /** Size of the file before compression. */
  size: number;
  deflated: Uint8Array;
}

/** Level 6, as zlib's default and fflate's zipSync before. */
const LEVEL = 6;

async function streamGzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream("gzip");
  const writer = stream.writable.getWriter();
  // A failure shows in the reading below; these promises must not be left rejected unheard.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  // Read here rather than through a Blob or a Response, which may copy it to another process.
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    length += r.value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The bytes as one gzip member: by the platform when it can, else by fflate. */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof CompressionStream === "function") return streamGzip(bytes);
  return gzipSync(bytes, { level: LEVEL });
}

const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const FHCRC = 2;

function skipZeroEnded(gz: Uint8Array, at: number): number {
  while (at < gz.length && gz[at] !== 0) at++;
  return at + 1;
}

const u32 = (b: Uint8Array, at: number) =>
  ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;

/** A file's entry from its gzip member (RFC 1952): the deflate stream, CRC-32 and size. */
export function entryFromGzip(name: string, gz: Uint8Array): ZipEntry {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8) throw new Error("not gzip");
  const flags = gz[3] ?? 0;
  let at = 10;
  if (flags & FEXTRA) at += 2 + ((gz[at] ?? 0) | ((gz[at + 1] ?? 0) << 8));
  if (flags & FNAME) at = skipZeroEnded(gz, at);
  if (flags & FCOMMENT) at = skipZeroEnded(gz, at);
  if (flags & FHCRC) at += 2;
  const end = gz.length - 8;
  return { name, crc: u32(gz, end), size: u32(gz, end + 4), deflated: gz.subarray(at, end) };
}

/** MS-DOS time and date of a moment (local time, as archivers show it), from 1980 on. */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Bit 11: the name is UTF-8. */
const UTF8_NAME = 0x800;

/** The archive of the entries, in the order given, dated `now`. */
export function zipArchive(entries: readonly ZipEntry[], now: Date): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  let total = 22;
  entries.forEach((e, i) => (total += 30 + 46 + 2 * (names[i]?.length ?? 0) + e.deflated.length));
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const { time, date } = dosTime(now);
  // The fields a local header and its central entry share, from "version needed" to the lengths.
  const common = (at: number, e: ZipEntry, name: Uint8Array) => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, /[^\x20-\x7e]/.test(e.name) ? UTF8_NAME : 0, true);
    view.setUint16(at + 4, 8, true);
    view.setUint16(at + 6, time, true);
    view.setUint16(at + 8, date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.deflated.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, name.length, true);
    view.setUint16(at + 24, 0, true);
  };
  let at = 0;
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    const name = names[i] as Uint8Array;
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    common(at + 4, e, name);
    out.set(name, at + 30);
    out.set(e.deflated, at + 30 + name.length);
    at += 30 + name.length + e.deflated.length;
  });
  const central = at;
  entries.forEach((e, i) => {
    const name = names[i] as Uint8Array;
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, version 2.0
    common(at + 6, e, name);
    // comment length, disk number, internal and external attributes: all 0
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
