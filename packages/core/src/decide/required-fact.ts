/**
 * Facts a case needs only when the part that multiplies them applies.
 */
import { CailiangError } from '../errors/cailiang-error.js';
import type { FactValues } from '../facts/types.js';
import type { CompiledPenaltyItem } from './compile-item.js';

/**
 * A fact that the statutory alternative, tier or sanction that applies multiplies must be in the
 * case. Such facts are not required up front: 「广告费用无法计算的」 needs no 广告费用.
 *
 * @param why - what needs the fact, for the message (`tier "2"`)
 * @throws CailiangError INVALID_CASE naming the fact and its label
 */
export function requireFact(compiled: CompiledPenaltyItem, facts: FactValues, name: string, why: string): void {
  if (facts[name] !== undefined) return;
  const label = (compiled.ruleSet.facts as Readonly<Record<string, { label: string }>>)[name]?.label;
  throw new CailiangError('INVALID_CASE', [
    {
      code: 'missing_fact',
      path: `facts.${name}`,
      message: `missing fact "${name}"${label === undefined ? '' : ` (${label})`}, which ${why} needs`,
    },
  ]);
}
