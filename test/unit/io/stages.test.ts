// The early stages of reading, one by one: bytes to text, the JSON guards, locating a syntax error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bytesToText, firstInvalidUtf8, utf8Length } from "../../../src/io/bytesToText";
import { jsonSyntaxErrorOffset, lineAndColumn } from "../../../src/io/jsonSyntaxError";
import { findUnsafeKey, mayHoldUnsafeKey, parseJsonSafely, tooDeepOffset } from "../../../src/io/safeJson";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("bytes to text", () => {
  it("decodes UTF-8, drops a byte order mark, accepts ArrayBuffer and string", () => {
    expect(bytesToText(utf8('{"a": "Trà Vinh"}'))).toEqual({ ok: true, text: '{"a": "Trà Vinh"}' });
    expect(bytesToText(new Uint8Array([0xef, 0xbb, 0xbf, 0x31]))).toEqual({ ok: true, text: "1" });
    expect(bytesToText(utf8("2").buffer as ArrayBuffer)).toEqual({ ok: true, text: "2" });
    expect(bytesToText("\uFEFF3")).toEqual({ ok: true, text: "3" });
  });

  it("refuses invalid bytes with the offset of the first one", () => {
    expect(bytesToText(new Uint8Array([0x31, 0x32, 0xc3]))).toEqual({
      ok: false,
      error: { kind: "notUtf8", offset: 2 },
    });
    expect(bytesToText(new Uint8Array([0x31, 0xed, 0xa0, 0x80]))).toMatchObject({
      error: { kind: "notUtf8", offset: 1 },
    }); // a surrogate
    expect(bytesToText(new Uint8Array([0xc0, 0xaf]))).toMatchObject({
      error: { kind: "notUtf8", offset: 0 },
    }); // overlong
    expect(bytesToText("ab\uD800c")).toMatchObject({ error: { kind: "notUtf8", offset: 2 } }); // a lone surrogate
  });

  it("finds the first invalid byte exactly where TextDecoder refuses", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts UTF-8 bytes of a string without encoding it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(utf8Length(s)).toBe(utf8(s).length);
      }),
    );
  });

  it("refuses an empty file", () => {
    expect(bytesToText(new Uint8Array())).toEqual({ ok: false, error: { kind: "empty" } });
    expect(bytesToText("\uFEFF \n")).toEqual({ ok: false, error: { kind: "empty" } });
  });
});

describe("locating a JSON syntax error", () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ["[1, 2", 5],
    ['{"a": "x\ny"}', 8],
    ["[01]", 2],
    ["[1.]", 3],
    ["[tru]", 4],
    ['{"a": "\\x"}', 8],
    ["[1] 2", 4],
    ["NaN", 0],
    ["{'a': 1}", 1],
  ])("%j fails at %i", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxErrorOffset(text)).toBe(offset);
  });

  it("never accepts what JSON.parse refuses, never refuses what it accepts", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          const offset = jsonSyntaxErrorOffset(text);
          if (valid) expect(offset).toBe(text.length);
          else expect(offset).toBeLessThanOrEqual(text.length);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("gives lines and columns as an editor counts them", () => {
    expect(lineAndColumn("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\ncd\nef", 8)).toEqual({ line: 3, column: 3 });
  });
});

describe("the JSON guards", () => {
  it("measure depth outside strings only, escaped quotes included", () => {
    expect(tooDeepOffset("[[[]]]", 3)).toBe(-1);
    expect(tooDeepOffset("[[[[]]]]", 3)).toBe(3);
    const tricky = '["[[[[", "\\"[[[[", {"k\\\\": [[1]]}]'; // brackets in strings, escaped quotes
    expect(tooDeepOffset(tricky, 4)).toBe(-1);
    expect(tooDeepOffset(tricky, 3)).toBe(tricky.indexOf("[[1") + 1);
    const backslash = '["\\\\", [[[1]]]]'; // a string ending in an escaped backslash
    expect(tooDeepOffset(backslash, 3)).toBe(backslash.indexOf("[1"));
  });

  it("find unsafe keys in any spelling, and only keys", () => {
    expect(mayHoldUnsafeKey('{"title": "the constructor of HTX"}')).toBe(false);
    expect(mayHoldUnsafeKey('{"title": "Vi\\u1ec7t"}')).toBe(false);
    expect(mayHoldUnsafeKey('{"a": {"constructor": 1}}')).toBe(true);
    expect(mayHoldUnsafeKey('{"\\u0063onstructor": 1}')).toBe(true);
    expect(parseJsonSafely('{"title": "constructor"}')).toEqual({
      ok: true,
      value: { title: "constructor" },
    });
    expect(parseJsonSafely('{"title": "x", "list": [{"\\u0070rototype": 1}]}')).toEqual({
      ok: false,
      error: { kind: "unsafeKey", key: "prototype", path: "$.list[0].prototype" },
    });
    expect(findUnsafeKey(JSON.parse('{"a": [1, {"b c": {"__proto__": null}}]}'))).toEqual({
      key: "__proto__",
      path: '$.a[1]["b c"].__proto__',
    });
  });

  it("report a deep file as too deep even where the engine parses it", () => {
    expect(parseJsonSafely("[".repeat(10) + "]".repeat(10), 5)).toEqual({
      ok: true,
      value: expect.any(Array),
    });
    expect(parseJsonSafely("[".repeat(10) + "]".repeat(9), 5)).toEqual({
      ok: false,
      error: { kind: "tooDeep", limit: 5, line: 1 },
    });
  });
});
