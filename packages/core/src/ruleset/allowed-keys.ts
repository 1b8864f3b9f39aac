import type { z } from 'zod';

/** The parts of a zod schema's definition this walk reads (zod v4 `_zod.def`). */
interface Definition {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly in?: z.ZodType;
}

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

/**
 * The keys an object may have at `path` of a document checked by `schema`, so that an unknown
 * key's message can list them (`unknown key "lable"; expected one of level, label, when, …`).
 * Follows objects, lists, records, optional values and, for a discriminated union, the branch the
 * document's own discriminator picks.
 *
 * @param schema - the schema the document was checked with
 * @param path - the path of the object holding the unknown key (the key itself left out)
 * @param input - the document, to follow a discriminated union
 * @returns the keys, or undefined where the walk cannot tell (a plain union, a custom check)
 * @example allowedKeysAt(ruleSetSchema, ['items', 0, 'tiers', 0], data) // ['level', 'label', 'when', …]
 */
export function allowedKeysAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  input: unknown,
): readonly string[] | undefined {
  let current: z.ZodType | undefined = schema;
  let value: unknown = input;
  let index = 0;
  while (current !== undefined) {
    const def = definitionOf(current);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly') {
      current = def.innerType;
      continue;
    }
    if (def.type === 'pipe') {
      current = def.in;
      continue;
    }
    if (def.type === 'union' && def.discriminator !== undefined) {
      const tag = isObject(value) ? value[def.discriminator] : undefined;
      current = def.options?.find((option) => {
        const literal = definitionOf(option).shape?.[def.discriminator as string];
        return literal?.safeParse(tag).success === true;
      });
      continue;
    }
    if (index === path.length)
      return def.type === 'object' && def.shape !== undefined ? Object.keys(def.shape) : undefined;
    const key = path[index++];
    value = isObject(value) && (typeof key === 'string' || typeof key === 'number') ? value[key] : undefined;
    if (def.type === 'object') current = typeof key === 'string' ? def.shape?.[key] : undefined;
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return undefined;
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null;
}
