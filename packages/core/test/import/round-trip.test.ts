import { describe, expect, it } from 'vitest';
import { importCsv } from '../../src/import/index.js';
import { canonicalJson, loadRuleSet, ruleSetDigest, safeLoadRuleSet } from '../../src/index.js';
import { digestOf } from '../../src/ruleset/index.js';
import type { RuleSet } from '../../src/index.js';
import { renderCsv } from '../../src/render/index.js';
import { exampleRuleSetText, minimalRuleSet } from '../support/builders.js';
import { oddRuleSet, oddRuleSetWithLicensing } from './odd-rule-set.js';
import { ruleFiles } from '../../../benchmarks/test/support/files.js';

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
