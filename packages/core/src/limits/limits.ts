import { CailiangError } from '../errors/cailiang-error.js';

/**
 * How much input cailiang reads before it refuses it. Rule sets and cases come from outside (an
 * agency uploads its table, a user pastes one into the playground), so every size that costs time
 * or memory is bounded, well above what a real benchmark or case needs. A trusted caller with a
 * larger catalogue raises a limit (`loadRuleSet(text, { limits: { maxNodes: 20_000_000 } })`,
 * `cailiang decide --limit maxNodes=20000000`); docs/reliability.md gives each one's reason.
 */
export interface Limits {
  /** Characters of a source text, read before parsing. */
  readonly maxSourceLength: number;
  /**
   * Bytes of one line of a batch (`cailiang batch`, `review --batch`). A case is a few hundred
   * bytes, a review line with its reasons a few KB; a longer line is counted but never held, so a
   * batch of hostile lines runs in the memory of a batch of ordinary ones.
   */
  readonly maxLineBytes: number;
  /** Levels of nested collections (objects and lists) in a document. */
  readonly maxNesting: number;
  /**
   * Values (objects, lists, strings, numbers…) in a document once its YAML aliases are expanded:
   * a value reached through an alias counts again each time, as validation and the engine would
   * copy and walk it again.
   */
  readonly maxNodes: number;
  /** Characters of all keys and strings of a document once its aliases are expanded. */
  readonly maxCharacters: number;
  /** Condition nodes (`all`, `any`, `not` and leaves) in one item of a rule set. */
  readonly maxConditionsPerItem: number;
  /** Condition nodes in a whole rule set. */
  readonly maxConditions: number;
  /** Digits before the decimal point of an amount of money (15: below 10^15 yuan). */
  readonly maxAmountDigits: number;
  /** Digits after the decimal point of an amount of money (4: a ten-thousandth of a yuan). */
  readonly maxAmountDecimals: number;
}

/**
 * The limits used unless a caller gives others. Measured on the shipped benchmarks and the
 * generated 10,000-item catalogue of the scale bench (docs/reliability.md): each default is
 * several times what they need, and far below what exhausts a 2 GiB heap.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxSourceLength: 32 * 1024 * 1024,
  maxLineBytes: 1024 * 1024,
  maxNesting: 200,
  maxNodes: 4_000_000,
  maxCharacters: 32 * 1024 * 1024,
  maxConditionsPerItem: 2_000,
  maxConditions: 1_000_000,
  maxAmountDigits: 15,
  maxAmountDecimals: 4,
});

/** The names of the limits, for `--limit NAME=VALUE` and for messages. */
export const LIMIT_NAMES = Object.freeze(Object.keys(DEFAULT_LIMITS)) as readonly (keyof Limits)[];

/**
 * The defaults with a caller's overrides, each checked to be a whole number of at least 1 (0 or a
 * fraction is a mistake, not a wish to refuse everything).
 *
 * @param overrides - the limits to change, by name
 * @returns every limit
 * @throws CailiangError USAGE naming a limit that is unknown or not a positive whole number
 * @example resolveLimits({ maxNodes: 20_000_000 }).maxNodes // 20000000
 */
export function resolveLimits(overrides: Partial<Limits> | undefined): Limits {
  if (overrides === undefined) return DEFAULT_LIMITS;
  const limits: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const name of Object.keys(overrides)) {
    const value = (overrides as Record<string, unknown>)[name];
    if (!(LIMIT_NAMES as readonly string[]).includes(name)) {
      throw new CailiangError('USAGE', [
        {
          code: 'unknown_limit',
          path: `limits.${name}`,
          message: `unknown limit "${name}"; the limits are ${LIMIT_NAMES.join(', ')}`,
        },
      ]);
    }
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      throw new CailiangError('USAGE', [
        {
          code: 'invalid_limit',
          path: `limits.${name}`,
          message: `expected a whole number of at least 1, got ${String(value)}`,
        },
      ]);
    }
    limits[name] = value;
  }
  return Object.freeze(limits) as unknown as Limits;
}
