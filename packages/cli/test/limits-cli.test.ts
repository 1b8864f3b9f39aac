import { describe, expect, it } from 'vitest';
import { runCliCaptured, scratchFolder } from './support/cli.js';
import { FOOD_RULES, generateFoodCases } from '../../../test-support/generate-cases.js';

const { file } = scratchFolder('cailiang-limits-cli-');
const [kase] = generateFoodCases(1, 22, 0) as [Record<string, unknown>];
const facts = kase['facts'] as Record<string, unknown>;
const declared = Object.keys(facts).find((name) => /Value|Income|amount/i.test(name)) ?? 'goodsValue';

/** The case with one money fact `digits` nines long. */
const withAmount = (digits: number) => ({ ...kase, facts: { ...facts, [declared]: '9'.repeat(digits) } });

/** A rule set with 30 conditions under an anchor, aliased 100 times: 3,000 conditions in one item. */
function aliasedRuleSet(): string {
  const leaves = Array.from({ length: 30 }, (_, i) => `{ fact: x, operator: greaterThan, value: ${i} }`).join(', ');
  const aliases = Array.from({ length: 100 }, () => '*c').join(', ');
  return `format: cailiang.rule-set/v1
id: example.aliases
version: "1"
title: t
issuer: i
document: d
effective: { from: "2024-01-01" }
laws: { L: { title: 法, edition: "2021-01-22" } }
facts: { x: { type: integer, label: x } }
items:
  - code: A-1
    name: n
    kind: penalty
    violates: [ { law: L, article: 1 } ]
    basis: [ { law: L, article: 2 } ]
    statutory: { fine: [ { range: { min: "0", max: "100" } } ] }
    tiers:
      - { level: lighter, label: 从轻, when: &c { any: [ ${leaves} ] }, fine: { band: lighter } }
      - { level: heavier, label: 从重, when: { any: [ ${aliases} ] }, fine: { band: heavier } }
policy:
  fineBands: { lighter: ["0", "0.5"], heavier: ["0.5", "1"] }
`;
}

describe('limits on the command line', () => {
  it('batch: a line with an absurd amount gets an error record naming the path, and the next line is decided', async () => {
    const input = [
      JSON.stringify(withAmount(500_000)),
      JSON.stringify(withAmount(3_000_000)),
      JSON.stringify(kase),
    ].join('\n');
    const run = await runCliCaptured(['batch', '--rules', FOOD_RULES, '--no-trace'], input);
    const [first, second, third] = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(first).toEqual({
      line: 1,
      error: {
        code: 'INVALID_CASE',
        issues: [
          {
            code: 'beyond_limit',
            path: `facts.${declared}`,
            message: expect.stringContaining(
              '500000 digits before the point; at most 15 are read (limit maxAmountDigits)',
            ),
          },
        ],
      },
    });
    // Longer than a case can be (maxLineBytes, 1 MiB): counted, never held.
    expect(second).toEqual({
      line: 2,
      error: {
        code: 'PARSE_ERROR',
        issues: [{ code: 'line_too_long', path: '', message: expect.stringContaining('at most 1048576 are read') }],
      },
    });
    expect(third.outcome).toBeDefined();
    expect(run.code).toBe(1);
  });

  it('batch --limit raises the amount limit for every line', async () => {
    const run = await runCliCaptured(
      ['batch', '--rules', FOOD_RULES, '--no-trace', '--limit', 'maxAmountDigits=20'],
      JSON.stringify(withAmount(18)),
    );
    expect(JSON.parse(run.stdout).error).toBeUndefined();
    expect(run.code).toBe(0);
  });

  it('decide: refuses amplified conditions naming the limit, and decides them with --limit', async () => {
    const rules = file('aliases.rules.yaml', aliasedRuleSet());
    const casePath = file('case.json', JSON.stringify({ item: 'A-1', facts: { x: 50 }, dates: { act: '2025-01-01' } }));
    const refused = await runCliCaptured(['decide', '--rules', rules, '--case', casePath]);
    // The first tier has 31 condition nodes, the second's `any` one more; each alias adds 31. Node
    // 2,001 is 2,001 − 32 = 1,969 = 63 × 31 + 16 in: the 16th node of alias 63, its leaf 14.
    expect(refused.stderr).toBe(
      `${rules}:19:305  A-1  items[0].tiers[1].when.any[63].any[14]  the item's conditions have more than 2000 nodes once aliases are expanded (limit maxConditionsPerItem)\n`,
    );
    expect(refused.code).toBe(2);
    const decided = await runCliCaptured([
      'decide',
      '--rules',
      rules,
      '--case',
      casePath,
      '--json',
      '--no-trace',
      '--limit',
      'maxConditionsPerItem=5000',
    ]);
    expect(decided.stderr).toBe('');
    expect(JSON.parse(decided.stdout).tier.level).toBe('heavier');
  });

  it('refuses a malformed --limit as a usage error', async () => {
    const run = await runCliCaptured(['decide', '--rules', FOOD_RULES, '--case', 'x.json', '--limit', 'maxNodes=lots']);
    expect(run.stderr).toMatch(/^--limit: expected NAME=VALUE with a whole number/);
    expect(run.code).toBe(2);
  });
});

describe('cailiang test --limit', () => {
  it('runs a fixture file whose case is beyond a default limit only when the limit is raised', async () => {
    const fixtures = file(
      'big.fixtures.yaml',
      `rules: [${JSON.stringify(FOOD_RULES)}]\ncases:\n  - name: big\n    case: ${JSON.stringify(withAmount(18))}\n    expect: { item: { code: ${JSON.stringify(kase['item'])} } }\n`,
    );
    const refused = await runCliCaptured(['test', fixtures]);
    expect(refused.stdout).toMatch(/limit maxAmountDigits/);
    expect(refused.code).toBe(1);
    const passed = await runCliCaptured(['test', fixtures, '--limit', 'maxAmountDigits=20']);
    expect(passed.stdout).toMatch(/1 passed, 0 failed/);
    expect(passed.code).toBe(0);
  });
});
