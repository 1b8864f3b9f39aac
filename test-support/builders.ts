import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CailiangError } from '@cailiang/core';

/** The contract's normative examples, kept in the repository (packages/fixtures/contract). */
export const SPEC_EXAMPLES = fileURLToPath(new URL('../packages/fixtures/contract/', import.meta.url));

/** The normative example rule set (2024.1) as plain data, fresh for each call. */
export function exampleRuleSet(): Record<string, any> {
  return parse(readFileSync(`${SPEC_EXAMPLES}food-safety.rules.yaml`, 'utf8'));
}

/** The example rule set's text. */
export function exampleRuleSetText(name = 'food-safety.rules.yaml'): string {
  return readFileSync(`${SPEC_EXAMPLES}${name}`, 'utf8');
}

/** A case for FS-124-1-3 with defaults filled in; override any part. */
export function foodCase(
  overrides: {
    facts?: Record<string, unknown>;
    circumstances?: Record<string, unknown>;
    party?: Record<string, unknown>;
    dates?: Record<string, unknown>;
  } = {},
): Record<string, unknown> {
  return {
    item: 'FS-124-1-3',
    party: overrides.party ?? { kind: 'organization' },
    facts: {
      goodsValue: '8000',
      illegalIncome: '1200',
      priorViolations: 0,
      harm: 'minor',
      childrenFood: false,
      ...overrides.facts,
    },
    ...(overrides.circumstances === undefined ? {} : { circumstances: overrides.circumstances }),
    dates: overrides.dates ?? { act: '2025-03-10', discovered: '2025-05-06', decision: '2025-06-20' },
  };
}

/**
 * A minimal penalty rule set around one item, for tests that need a shape the example lacks.
 * `item` replaces fields of the item; `ruleSet` replaces top-level fields.
 */
export function minimalRuleSet(
  item: Record<string, unknown> = {},
  ruleSet: Record<string, unknown> = {},
): Record<string, any> {
  return {
    format: 'cailiang.rule-set/v1',
    id: 'test.minimal',
    version: '1',
    title: '测试基准',
    issuer: '测试局',
    document: '测试规〔2025〕1号',
    effective: { from: '2025-01-01' },
    policy: {
      fineBands: { lighter: ['0', '0.3'], general: ['0.3', '0.7'], heavier: ['0.7', '1'] },
      rounding: { scale: 0, mode: 'half-up' },
      mitigation: { band: 'lighter', reducedFloor: '0' },
    },
    laws: { L: { title: '中华人民共和国测试法', edition: '2020-01-01' } },
    facts: { amount: { type: 'money', label: '违法所得' }, count: { type: 'integer', min: 0, label: '次数' } },
    items: [
      {
        code: 'T-1',
        name: '测试违法行为',
        kind: 'penalty',
        violates: [{ law: 'L', article: 10 }],
        basis: [{ law: 'L', article: 50, paragraph: 1 }],
        statutory: { fine: [{ range: { min: '10000', max: '50000' } }] },
        tiers: [
          {
            level: 'lighter',
            label: '从轻',
            when: { all: [{ fact: 'count', operator: 'equal', value: 0 }] },
            fine: { band: 'lighter' },
          },
          { level: 'general', label: '一般', fine: { band: 'general' } },
          {
            level: 'heavier',
            label: '从重',
            when: { all: [{ fact: 'count', operator: 'greaterThanInclusive', value: 2 }] },
            fine: { band: 'heavier' },
          },
        ],
        ...item,
      },
    ],
    ...ruleSet,
  };
}

/** T-1 with one ranged sanction in each unit: 行政拘留 in days, 停产停业 in months, 限制从业 in years. */
export function rangedSanctionsRuleSet(): Record<string, any> {
  return minimalRuleSet({
    statutory: {
      fine: [{ range: { min: '10000', max: '50000' } }],
      with: [
        { kind: 'detention', range: { min: '5', max: '10' }, unit: 'day' },
        { kind: 'suspend-business', range: { min: '1', max: '6' }, unit: 'month' },
        { kind: 'restrict-practice', range: { min: '1', max: '5' }, unit: 'year' },
      ],
    },
  });
}

/** The CailiangError `run` throws; any other outcome fails the test. */
export function caughtError(run: () => unknown): CailiangError {
  try {
    run();
  } catch (error) {
    if (error instanceof CailiangError) return error;
    throw error;
  }
  throw new Error('expected a CailiangError');
}
