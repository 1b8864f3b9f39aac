import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { javascriptTextHash, nativeTextHash } from '../../src/internal/sha256.js';
import { canonicalJson, loadRuleSet, ruleSetDigest } from '../../src/index.js';
import { digestOf } from '../../src/ruleset/index.js';
import { writeCanonicalJson } from '../../src/ruleset/canonical-json.js';
import { exampleRuleSet, exampleRuleSetText } from '../../../../test-support/builders.js';

/** The digest as first defined: SHA-256 of the whole canonical JSON, encoded to UTF-8 at once. */
function wholeTextDigest(value: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(value))))}`;
}

/** The example rule set with its items repeated until the canonical JSON spans many chunks. */
function largeRuleSet(copies: number): Record<string, any> {
  const base = exampleRuleSet();
  const items = Array.from({ length: copies }, (_, k) => ({
    ...base.items[k % base.items.length],
    code: `${base.items[k % base.items.length].code}.${k}`,
  }));
  return { ...base, items };
}

describe('digestOf', () => {
  it('keeps the pinned digest of the example rule set', () => {
    expect(ruleSetDigest(loadRuleSet(exampleRuleSetText()))).toBe(
      'sha256:57faad67392b29da1716247443a889618c46508c1a424a715b7373231ff00b8a',
    );
  });

  it('hashes the chunks as the whole text would be hashed, for a value written in many chunks', () => {
    const value = largeRuleSet(400);
    const chunks: string[] = [];
    writeCanonicalJson(value, (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(canonicalJson(value));
    expect(digestOf(value)).toBe(wholeTextDigest(value));
  });

  it('gives the same digest as the whole text for any JSON value, Chinese and astral text included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        expect(digestOf(value)).toBe(wholeTextDigest(value));
      }),
      { seed: 20250311, numRuns: 500 },
    );
  });

  it('refuses a value with no JSON text, as hashing the whole text did', () => {
    expect(() => digestOf(undefined)).toThrow(TypeError);
    expect(() => digestOf({ x: Number.NaN })).toThrow(TypeError);
  });
});

describe('the text hashes', () => {
  const pieces = ['{"title":"食品安全法","n":1}', '𠮷 and e\u0301', '', 'x'.repeat(70_000)];

  it('agree between JavaScript and the native hash, piece by piece', () => {
    const native = nativeTextHash();
    // Vitest runs on Node, which has process.getBuiltinModule('node:crypto').
    expect(native).toBeDefined();
    const javascript = javascriptTextHash();
    for (const piece of pieces) {
      native?.update(piece);
      javascript.update(piece);
    }
    const expected = bytesToHex(sha256(utf8ToBytes(pieces.join(''))));
    expect(javascript.hex()).toBe(expected);
    expect(native?.hex()).toBe(expected);
  });

  it('give the SHA-256 test vector of "abc"', () => {
    const hash = javascriptTextHash();
    hash.update('a');
    hash.update('bc');
    expect(hash.hex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
