import { describe, expect, it } from 'vitest';
import { importCsv, ruleSetToYaml } from '../../src/import/index.js';
import { canonicalJson, loadRuleSet, safeLoadRuleSet } from '../../src/index.js';
import { renderCsv } from '../../src/render/index.js';
import { exampleRuleSetText } from '../../../../test-support/builders.js';
import { oddRuleSetWithLicensing } from '../../../../test-support/odd-rule-set.js';
import { ruleFiles } from '../../../../test-support/rule-files.js';

describe('ruleSetToYaml', () => {
  it('writes YAML that loads to the same rule set', () => {
    const sources = [loadRuleSet(exampleRuleSetText()), loadRuleSet(oddRuleSetWithLicensing())];
    for (const { text } of ruleFiles()) {
      const loaded = safeLoadRuleSet(text);
      if (loaded.success) sources.push(loaded.data);
    }
    for (const ruleSet of sources)
      expect(canonicalJson(loadRuleSet(ruleSetToYaml(ruleSet)))).toBe(canonicalJson(ruleSet));
  });

  it('writes an imported table in the style of the spec example', () => {
    const yaml = ruleSetToYaml(importCsv(renderCsv(loadRuleSet(exampleRuleSetText()))), {
      comment: 'Imported by cailiang from food.csv',
    });
    expect(yaml.split('\n').slice(0, 8)).toEqual([
      '# Imported by cailiang from food.csv',
      '',
      'format: cailiang.rule-set/v1',
      'id: example.samr.food-safety',
      'version: "2024.1"',
      'title: 食品安全违法行为行政处罚裁量基准（示例）',
      'issuer: 示例市市场监督管理局',
      'document: 示例市监规〔2024〕1号',
    ]);
    expect(yaml).toContain('    violates:\n      - { law: FSL, article: 34, item: 4 }\n');
    expect(yaml).toContain('    lighter: [ "0", "0.3" ]\n');
  });
});
