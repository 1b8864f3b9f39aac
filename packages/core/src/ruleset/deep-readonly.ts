/**
 * Read-only all the way down; tuples stay tuples (a mapped type over an array keeps its shape).
 * A loaded rule set is deep-frozen, so every part of it is typed this way: the types carry what
 * the loader did, and code that reads a part needs no cast to a mutable shape.
 */
export type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
