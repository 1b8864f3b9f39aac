/**
 * True when `value` is plain data that can never change: it and every object and array it reaches
 * are frozen, hold only data properties (no getter, which could answer differently each time) and
 * have the plain prototypes (`Object.prototype` or none, `Array.prototype`). What the loader has
 * validated in such a value stays valid, so it may keep its result for it (see load.ts).
 *
 * @param value - anything; a primitive is data that cannot change
 * @returns false at the first part that is not frozen, not a data property or not plain
 * @example
 * isFrozenData(Object.freeze({ a: Object.freeze([1]) })) // true
 * isFrozenData(Object.freeze({ a: [1] }))                // false: the array can change
 */
export function isFrozenData(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function';
  if (!Object.isFrozen(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  const plain = Array.isArray(value)
    ? prototype === Array.prototype
    : prototype === Object.prototype || prototype === null;
  if (!plain) return false;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) return false;
    if (!isFrozenData(descriptor.value)) return false;
  }
  return true;
}
