import { describe, expect, it } from 'vitest';
import { importCsv, safeImportCsv } from '../../src/import/index.js';
import { cellText, editCsv } from './csv-edit.js';
import { canonicalJson, loadRuleSet, ruleSetDigest, safeLoadRuleSet } from '../../src/index.js';
import { digestOf } from '../../src/ruleset/index.js';
import type { RuleSet } from '../../src/index.js';
import { renderCsv, renderHtml, renderMarkdown } from '../../src/render/index.js';
import { exampleRuleSetText, minimalRuleSet } from '../../../../test-support/builders.js';
import { oddRuleSet, oddRuleSetV2, oddRuleSetWithLicensing } from '../../../../test-support/odd-rule-set.js';
import { ruleFiles } from '../../../../test-support/rule-files.js';

/** The shipped benchmark tables; other sessions add files here, so the folder is read, not listed. */
const benchmarkFiles = ruleFiles();

function expectRoundTrip(ruleSet: RuleSet): void {
  const back = importCsv(renderCsv(ruleSet));
  expect(canonicalJson(back)).toBe(canonicalJson(ruleSet));
  expect(ruleSetDigest(back)).toBe(digestOf(ruleSet));
}

describe('render → import (CSV)', () => {
  for (const name of ['food-safety.rules.yaml', 'food-safety-2023.rules.yaml']) {
    it(`reproduces the spec example ${name}`, () => {
      expectRoundTrip(loadRuleSet(exampleRuleSetText(name)));
    });
  }

  it('finds the shipped benchmarks', () => {
    expect(benchmarkFiles.length).toBeGreaterThan(0);
  });

  for (const { file, text } of benchmarkFiles) {
    const loaded = safeLoadRuleSet(text);
    it.skipIf(!loaded.success)(`reproduces the benchmark ${file}`, () => {
      if (loaded.success) expectRoundTrip(loaded.data);
    });
  }

  it('reproduces every corner of the format', () => {
    expectRoundTrip(loadRuleSet(oddRuleSet()));
    expectRoundTrip(loadRuleSet(oddRuleSetWithLicensing()));
  });

  it('reproduces the v2 keys: fineCondition, text, upTo, percentages, optional sanctions', () => {
    const ruleSet = loadRuleSet(oddRuleSetV2());
    expect(ruleSet.format).toBe('cailiang.rule-set/v2');
    expectRoundTrip(ruleSet);
  });

  it('prints the v2 words in the human columns, and reports an edit of them that the machine data lacks', () => {
    const csv = renderCsv(loadRuleSet(oddRuleSetV2()));
    const basis = cellText(csv, 'D2');
    // Written by hand from the v2 data: the fine on its own condition after the warning imposed now,
    // the statute's words (予以警告, 责令停业整顿), 百分之五 never 0.05倍, 可以 kept.
    expect(basis).toContain(
      '责令限期改正，予以警告、处五日以上十五日以下行政拘留；拒不改正的，违法所得不足一万元的，处一万元以上五万元以下罚款',
    );
    expect(basis).toContain('违法所得一万元以上的，可以处违法所得百分之五以上百分之五十以下罚款');
    expect(basis).toContain('拒不改正的，责令停业整顿');
    expect(basis).not.toContain('倍');
    // Markdown and HTML publish the same words.
    for (const published of [renderMarkdown(loadRuleSet(oddRuleSetV2())), renderHtml(loadRuleSet(oddRuleSetV2()))]) {
      expect(published).toContain('可以处违法所得百分之五以上百分之五十以下罚款');
      expect(published).toContain('拒不改正的，责令停业整顿');
    }
    // 责令停业整顿 changed to 责令停产停业 in the published column only: published but not applied.
    const edited = editCsv(csv, { D2: basis.replace('责令停业整顿', '责令停产停业') });
    const result = safeImportCsv(edited);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toContain('裁量基准!D2');
  });

  it('reproduces a rule set of licensing items only', () => {
    const data = oddRuleSetWithLicensing();
    data.items = data.items.filter((item: { kind: string }) => item.kind === 'licensing');
    expectRoundTrip(loadRuleSet(data));
    expectRoundTrip(loadRuleSet(minimalRuleSet()));
  });

  it('is stable: rendering the imported rule set gives the same CSV', () => {
    const ruleSet = loadRuleSet(oddRuleSetWithLicensing());
    const csv = renderCsv(ruleSet);
    expect(renderCsv(importCsv(csv))).toBe(csv);
  });
});
