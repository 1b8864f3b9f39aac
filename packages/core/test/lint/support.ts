import { createEngine, loadRuleSet } from '../../src/index.js';
import type { Finding } from '../../src/lint/index.js';
import { minimalRuleSet } from '../../../../test-support/builders.js';

/** A one-leaf condition: `{ all: [{ fact, operator, value }] }`. */
export function when(fact: string, operator: string, value: unknown): Record<string, unknown> {
  return { all: [{ fact, operator, value }] };
}

/** The item fields for two statutory alternatives: a fixed range below, a multiple of `amount` above. */
export function twoAlternatives(below: unknown, above: unknown): Record<string, unknown> {
  return {
    statutory: {
      fine: [
        { when: below, range: { min: '10000', max: '50000' } },
        { when: above, multiple: { of: 'amount', min: '1', max: '5' } },
      ],
    },
  };
}

/**
 * The minimal rule set made clean: `amount` (otherwise unused) switches the statutory range at
 * 10000 (不足一万元 / 一万元以上), tiers on `count` with a fallback. Lint reports nothing on it.
 */
export function cleanRuleSet(
  item: Record<string, unknown> = {},
  ruleSet: Record<string, unknown> = {},
): Record<string, any> {
  return minimalRuleSet(
    { ...twoAlternatives(when('amount', 'lessThan', 10000), when('amount', 'greaterThanInclusive', 10000)), ...item },
    ruleSet,
  );
}

/** Only the findings with this code. */
export function withCode(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((finding) => finding.code === code);
}

/**
 * Decides the witness of a finding with the engine, as a case of T-1: the witness must make
 * decide fail the way the finding says (or succeed, for findings decide does not refuse).
 *
 * @returns the error code decide throws, or 'decided'
 */
export function decideWitness(data: unknown, witness: Readonly<Record<string, unknown>> | undefined): string {
  const engine = createEngine([loadRuleSet(data)]);
  try {
    engine.decide({
      item: 'T-1',
      facts: witness ?? {},
      dates: { act: '2025-03-10', discovered: '2025-03-12', decision: '2025-04-01' },
    });
    return 'decided';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
