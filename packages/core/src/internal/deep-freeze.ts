/** Freezes an object graph in place, so a loaded rule set cannot be changed behind the engine. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) {
      // By index: Object.keys of an array makes a string of every index, which a catalogue of
      // thousands of items pays for on each of its many small arrays.
      for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    } else {
      for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
