/**
 * An object being built key by key: the type it will be, without `readonly`. Building this way
 * keeps the keys in the order they are set (decisions serialise with a stable key order) and
 * lets optional keys be left out rather than set to undefined, with no cast at the end.
 */
export type UnderConstruction<T> = { -readonly [Key in keyof T]: T[Key] };
