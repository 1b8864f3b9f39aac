import { createTextHash } from '../internal/sha256.js';
import { writeCanonicalJson } from './canonical-json.js';
import type { WriteCanonicalJsonOptions } from './canonical-json.js';

/**
 * `sha256:` followed by the hex SHA-256 of the canonical JSON of `value`. The canonical JSON is
 * hashed chunk by chunk as it is written: a catalogue of 10,000 items is ~20 MiB of it, and
 * building that string and its UTF-8 copy only to hash them was a fifth of loading.
 *
 * @param value - the value, usually a rule set
 * @returns `sha256:` and 64 hex digits
 * @throws TypeError when the value has no canonical JSON (undefined, NaN, a bigint…)
 * @example digestOf({ b: 1, a: [true] }) // the SHA-256 of '{"a":[true],"b":1}'
 */
export function digestOf(value: unknown): string {
  return digestVisiting(value, {});
}

/**
 * {@link digestOf}, calling `options.visit` with every object and array on the way (see
 * {@link writeCanonicalJson}): the loader freezes a rule set in the walk that digests it. Internal:
 * not exported from the package.
 */
export function digestVisiting(value: unknown, options: WriteCanonicalJsonOptions): string {
  const hash = createTextHash();
  let written = false;
  writeCanonicalJson(
    value,
    (chunk) => {
      written = true;
      hash.update(chunk);
    },
    options,
  );
  // As the whole text did: undefined, a function or a symbol has no JSON to hash.
  if (!written) throw new TypeError(`canonical JSON has no text for ${typeof value}`);
  return `sha256:${hash.hex()}`;
}
