import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index.js';
import { diffRuleSets, formatDiffMarkdown } from '../../src/diff/index.js';
import { SPEC_EXAMPLES, exampleRuleSet, exampleRuleSetText } from '../../../../test-support/builders.js';

const v2023 = loadRuleSet(exampleRuleSetText('food-safety-2023.rules.yaml'));
const v2024 = loadRuleSet(exampleRuleSetText());
const fixtures = parse(readFileSync(`${SPEC_EXAMPLES}food-safety.fixtures.yaml`, 'utf8')) as {
  cases: { name: string; case: unknown }[];
};

describe('diffRuleSets', () => {
  it('reports the band change between the two spec versions', () => {
    const diff = diffRuleSets(v2023, v2024);
    expect(diff.changes.map((change) => `${change.kind} ${change.path}`)).toEqual([
      'changed version',
      'changed document',
      'changed effective',
      'changed policy.fineBands.lighter',
      'changed policy.fineBands.general',
      'changed policy.fineBands.heavier',
    ]);
    expect(diff.changes[5]).toMatchObject({ from: ['0.8', '1'], to: ['0.7', '1'] });
  });

  it('lists the fixture cases the revision moves, and by how much', () => {
    const diff = diffRuleSets(v2023, v2024, fixtures.cases);
    expect(diff.impact?.unchanged).toBe(1);
    expect(
      diff.impact?.changed.map((impact) => [impact.name, impact.from.fine, impact.to.fine, impact.fineDelta]),
    ).toEqual([
      [
        'fixed statutory range, fallback tier 一般',
        { min: '70000', max: '90000' },
        { min: '65000', max: '85000' },
        { min: '-5000', max: '-5000' },
      ],
      [
        'multiple of goods value, most severe matching tier 从重, exact decimals',
        { min: '222222', max: '246913' },
        { min: '209876', max: '246913' },
        { min: '-12346', max: '0' },
      ],
      [
        '第三十二条 mitigation narrows to the lighter band and offers 减轻',
        { min: '50000', max: '70000' },
        { min: '50000', max: '65000' },
        { min: '0', max: '-5000' },
      ],
      [
        'item-level 首违不罚 entry is offered, not imposed',
        { min: '70000', max: '90000' },
        { min: '65000', max: '85000' },
        { min: '-5000', max: '-5000' },
      ],
    ]);
  });

  it('finds items added, removed and renamed, and tier changes', () => {
    const changed = exampleRuleSet();
    changed.items[0].name = '生产经营超范围使用食品添加剂的食品';
    changed.items[0].tiers[3].add = [];
    changed.items[1].code = 'LIC-FS-35-1';
    const diff = diffRuleSets(v2024, loadRuleSet(changed));
    expect(diff.changes.map((change) => `${change.kind} ${change.path}`)).toEqual([
      'renamed items[FS-124-1-3].name',
      'changed items[FS-124-1-3].tiers[severe].add',
      'removed items[LIC-FS-35]',
      'added items[LIC-FS-35-1]',
    ]);
  });

  it('writes the report a department attaches to a revision', () => {
    expect(formatDiffMarkdown(diffRuleSets(v2023, v2024, fixtures.cases.slice(0, 1)))).toMatchInlineSnapshot(`
      "# example.samr.food-safety: 2023.1 → 2024.1

      ## Changes

      | change | where | from | to |
      |---|---|---|---|
      | changed | version | 2023.1 | 2024.1 |
      | changed | document | 示例市监规〔2023〕2号 | 示例市监规〔2024〕1号 |
      | changed | effective | {"from":"2023-01-01","until":"2024-02-29"} | {"from":"2024-03-01"} |
      | changed | policy.fineBands.lighter | ["0","0.4"] | ["0","0.3"] |
      | changed | policy.fineBands.general | ["0.4","0.8"] | ["0.3","0.7"] |
      | changed | policy.fineBands.heavier | ["0.8","1"] | ["0.7","1"] |

      ## Cases

      1 case(s) change, 0 do not.

      | case | item | outcome | tier | fine (from) | fine (to) | Δ min | Δ max |
      |---|---|---|---|---|---|---|---|
      | fixed statutory range, fallback tier 一般 | FS-124-1-3 | penalty | general | 70000–90000 | 65000–85000 | -5000 | -5000 |
      "
    `);
  });
});
