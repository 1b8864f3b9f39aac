/**
 * The grounds to 从轻或者减轻 a penalty and how a decision shows them: one adjustment a ground,
 * with the 从轻 band and the 减轻 option of the statutory range ({@link caseFine} works both out).
 */
import { generalRuleCitation } from '../citation/general-laws.js';
import type { ResolvedCitation } from '../citation/types.js';
import type { FactValues } from '../facts/types.js';
import type { GeneralRule } from '../general-rules/grounds.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import type { Decimal } from '../money/decimal.js';
import { formatMoney } from '../money/money.js';
import type { Range } from './amount-range.js';
import type { CompiledPenaltyItem } from './compile-item.js';
import type { MitigationAdjustment, TraceEntry } from './decision.js';
import type { WarningList } from './warning-messages.js';
import type { MitigationRanges, PrintedRange } from './mitigation-ranges.js';
import { holds } from './select.js';

/** A ground to 从轻或者减轻: a general rule of 行政处罚法, or the item's own (产品质量法 第五十五条). */
export interface MitigationGround {
  readonly id: string;
  readonly mandatory: boolean;
  readonly citations: readonly ResolvedCitation[];
}

/**
 * The mitigation grounds of a case: the general rules that hold with that effect (in the order of
 * GENERAL_RULES), then the item's own grounds whose condition holds, each traced.
 */
export function mitigationGrounds(
  rules: readonly GeneralRule[],
  compiled: CompiledPenaltyItem,
  facts: FactValues,
  trace: TraceEntry[] | undefined,
): MitigationGround[] {
  const grounds: MitigationGround[] = [];
  for (const rule of rules) {
    if (rule.effect === 'mitigation')
      grounds.push({ id: rule.id, mandatory: rule.mandatory, citations: [generalRuleCitation(rule.citation)] });
  }
  // The item's own grounds are evaluated after the general rules are read, in listed order; a
  // trace entry's closure is made only when a trace is kept.
  for (const ground of compiled.mitigations) {
    const held =
      trace === undefined
        ? ground.when.test(facts)
        : holds(ground.when, facts, trace, (condition, result) => ({
            step: 'mitigation',
            id: ground.id,
            mandatory: ground.mandatory,
            condition,
            result,
          }));
    if (held) grounds.push({ id: ground.id, mandatory: ground.mandatory, citations: ground.citations });
  }
  return grounds;
}

/**
 * One adjustment a ground, showing the ranges; and a warning when grounds hold but the rule set's
 * policy names no mitigation band, so that nothing was narrowed.
 */
export function mitigationAdjustments(
  grounds: readonly MitigationGround[],
  ranges: MitigationRanges,
  compiled: CompiledPenaltyItem,
  warnings: WarningList,
): MitigationAdjustment[] {
  if (grounds.length > 0 && compiled.policy.mitigation === undefined) {
    warnings.add('mitigation-band-missing', {
      citations: grounds.flatMap((g) => g.citations.map((c) => c.text)).join('、'),
    });
  }
  return grounds.map((ground) => mitigationAdjustment(ground, ranges));
}

function mitigationAdjustment(ground: MitigationGround, ranges: MitigationRanges): MitigationAdjustment {
  const out: Omit<UnderConstruction<MitigationAdjustment>, 'citations'> = {
    kind: 'mitigation',
    ground: ground.id,
    mandatory: ground.mandatory,
  };
  if (ranges.band !== undefined) out.range = money(ranges.band);
  if (ranges.reduced !== undefined) out.reduced = money(ranges.reduced);
  return Object.assign(out, { citations: ground.citations });
}

/** A range as the adjustment shows it: printed here from Decimals, or as the fast path printed it. */
function money(range: Range | PrintedRange): { min: string; max: string } {
  const { min, max } = range;
  // A fresh object either way: the ranges the fast path hands over are shared by every ground.
  return typeof min === 'string' && typeof max === 'string'
    ? { min, max }
    : { min: formatMoney(min as Decimal), max: formatMoney(max as Decimal) };
}
