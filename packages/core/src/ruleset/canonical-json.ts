import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members dropped.
 * Two sources that validate to the same rule set (YAML or JSON, any key order, comments or not)
 * give the same text, so the same digest.
 */
export function canonicalJson(value: unknown): string {
  return sortedStringify(value) ?? writtenByHand(value);
}

/** `sha256:` followed by the hex SHA-256 of the canonical JSON of `value`. */
export function digestOf(value: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(value))))}`;
}

/** Keys JS enumerates first, in numeric order, whatever order they were added in. */
const INTEGER_KEY = /^(?:0|[1-9]\d*)$/;

/**
 * The canonical JSON written by `JSON.stringify`, each object replaced by a copy with its keys in
 * order — many times faster than writing it by hand, which matters for a catalogue of thousands
 * of items. Undefined when the value holds something this cannot write as {@link writtenByHand}
 * does: an object with integer-like keys (JS would enumerate them first), a `toJSON` method, a
 * function, a symbol, or a hole in an array. Plain data from JSON or YAML holds none of these,
 * except band or value names such as `"1"`.
 */
function sortedStringify(value: unknown): string | undefined {
  let byHand = false;
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, member: unknown) {
    const original = this[key];
    if (
      (typeof original === 'object' && original !== null && typeof (original as { toJSON?: unknown }).toJSON === 'function') ||
      typeof member === 'function' ||
      typeof member === 'symbol' ||
      (Array.isArray(this) && !(key in this))
    ) {
      byHand = true;
    }
    if (typeof member === 'number' && !Number.isFinite(member)) throw new TypeError('canonical JSON has no NaN or Infinity');
    if (typeof member !== 'object' || member === null || Array.isArray(member)) return member;
    const keys = Object.keys(member);
    if (keys.some((name) => INTEGER_KEY.test(name))) byHand = true;
    if (inOrder(keys)) return member;
    // A null-prototype copy, so that even a key named __proto__ stays a plain member.
    const sorted: Record<string, unknown> = Object.create(null);
    for (const name of keys.sort()) sorted[name] = (member as Record<string, unknown>)[name];
    return sorted;
  });
  return byHand || text === undefined ? undefined : text;
}

/** True when the keys are already in code-unit order (condition leaves are: fact, operator, value). */
function inOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) return false;
  return true;
}

/** The canonical JSON of anything, member by member. */
function writtenByHand(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((entry) => writtenByHand(entry ?? null)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${writtenByHand(record[key])}`);
  return `{${members.join(',')}}`;
}
