/** The refinement for objects that say one thing in one of several ways (a range, a multiple or a band). */
import type * as z from 'zod';

/**
 * A refinement requiring exactly one of `keys` to be present, worded the same wherever it is used.
 *
 * @param keys - the alternative keys, in the order the message lists them
 * @returns a zod `superRefine` callback
 * @example z.strictObject({ range, multiple }).superRefine(exactlyOneOf(['range', 'multiple']))
 */
export function exactlyOneOf(keys: readonly string[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const present = keys.filter((key) => value[key] !== undefined);
    if (present.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          present.length === 0
            ? `expected one of ${keys.join(', ')}`
            : `expected only one of ${keys.join(', ')}; found ${present.join(' and ')}`,
      });
    }
  };
}
