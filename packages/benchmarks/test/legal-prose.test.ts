import { describe, expect, it } from 'vitest';
import type { RuleSet } from '@cailiang/core';
import { benchmarkTable, statutoryText } from '@cailiang/core/render';
import { benchmarks } from '@cailiang/benchmarks';

/**
 * Issue #20: the circumstances, standards and rules an officer reads must be legal prose (无,
 * 一次以上, 未…且未…), not maths or the rule set's identifiers. Every sentence cailiang writes for
 * every bundled rule set — each tier's circumstances and standard, each ground, the table's rules,
 * each item's statutory penalty — is checked against the residue the issue found.
 */
const MATHS: readonly (readonly [string, RegExp])[] = [
  ['a comparison sign (「次数 = 0」「≥ 1」)', /[=≥≤≠<>]/],
  ['a yes/no answer (「：否」)', /：[否是]/],
  // A share of a range or amount, not a weight the table gives a value (「报告表类0%」 is the table's own column).
  ['a share of 0% (「0%至30%」「最低额的0%」)', /(?:^|的|[^0-9.\p{Script=Han}])0%|(?:^|[^0-9.])0%至/u],
  ['a JSON literal', /\b(?:true|false|null|undefined)\b/],
  ['a camelCase identifier (goodsValue)', /[a-z][A-Z]/],
];

/** An English word in lower case: an identifier (lighter, general) where a Chinese word belongs. */
const IDENTIFIER = /\b[a-z]{3,}\b/;

/** The tier notes (说明) are the author's own text, quoted as given; only what cailiang writes is checked for identifiers. */
const isAuthorNote = (sentence: string) => sentence.startsWith('说明：');

/** Every sentence cailiang writes for one rule set, with where it comes from. */
function sentences(ruleSet: RuleSet): [string, string][] {
  const table = benchmarkTable(ruleSet);
  const out: [string, string][] = table.header.rules.map((rule) => ['rules', rule]);
  for (const item of table.penalty) {
    for (const tier of item.tiers) {
      for (const text of [...tier.circumstances, ...tier.standard]) out.push([`${item.code} ${tier.label}`, text]);
    }
  }
  for (const ground of table.grounds) out.push([`${ground.code} ${ground.treatment}`, ground.circumstances]);
  for (const item of ruleSet.items) {
    if (item.kind === 'penalty') out.push([`${item.code} 法定处罚`, statutoryText(item, ruleSet)]);
  }
  return out;
}

/**
 * What is checked for maths: without a formula the table states in its own words (“罚款金额=裁量百分值总和×20万”,
 * quoted as published) and without the unit pH, which is how chemistry writes it, not an identifier.
 */
const ownWords = (sentence: string) => sentence.replace(/“[^”]*”/g, '“…”').replaceAll('pH', '');

/** The problems of one sentence: each residue it contains, named. */
function residue(sentence: string): string[] {
  const checked = ownWords(sentence);
  const found = MATHS.filter(([, pattern]) => pattern.test(checked)).map(([name]) => name);
  if (!isAuthorNote(sentence) && IDENTIFIER.test(sentence)) found.push('an English identifier');
  return found;
}

describe('legal prose in every bundled rule set', () => {
  it('finds the residue it looks for', () => {
    // The residue the issue quotes, each caught: the check itself must not pass everything.
    expect(residue('两年内同类违法次数 = 0')).toHaveLength(1);
    expect(residue('两年内同类违法次数 ≥ 1')).toHaveLength(1);
    expect(residue('拒不改正：否，且造成危害后果：否的')).toHaveLength(1);
    expect(residue('罚款不低于法定最低额的0%')).toHaveLength(1);
    expect(residue('罚款限于法定幅度的0%至30%')).toHaveLength(1);
    expect(residue('goodsValue不足一万元的')).toHaveLength(1);
    expect(residue('从轻（lighter）为最低的30%')).toEqual(['an English identifier']);
    expect(residue('排放水体的水体功能区类别为IV类，且排放量10吨以上')).toEqual([]);
    expect(residue('罚款按本阶次幅度降低30%至50%')).toEqual([]);
    // The table's own formula, quoted, its weights (0% for a value that adds nothing) and pH are not residue.
    expect(
      residue('罚款按“罚款金额=裁量百分值总和×20万”计算：裁量起点10%；整改情况：限期内改正0%、逾期未改正20%'),
    ).toEqual([]);
    expect(residue('浓度超标，且不足1倍（pH超标不足1pH单位）')).toEqual([]);
    expect(residue('罚款金额=裁量百分值总和×20万')).toHaveLength(1);
  });

  it.each(Object.entries(benchmarks))('%s: no maths and no identifiers in what it publishes', (_slug, ruleSet) => {
    const written = sentences(ruleSet as RuleSet);
    expect(written.length).toBeGreaterThan(0);
    const problems = written.flatMap(([where, sentence]) =>
      residue(sentence).map((problem) => `${where}: ${problem} in 「${sentence}」`),
    );
    expect(problems).toEqual([]);
  });
});
