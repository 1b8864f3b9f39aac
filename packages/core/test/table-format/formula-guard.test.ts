import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/table-format/csv-text.js';
import { guardFormula, unguardFormula } from '../../src/table-format/formula-guard.js';
import { importCsv } from '../../src/import/index.js';
import { canonicalJson, loadRuleSet } from '../../src/index.js';
import { renderCsv } from '../../src/render/index.js';
import { exampleRuleSetText } from '../../../../test-support/builders.js';

describe('guardFormula', () => {
  it('prefixes a cell a spreadsheet would run as a formula with a quote', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '-'])
      expect(guardFormula(cell)).toBe(`'${cell}`);
  });

  it('leaves text, plain numbers and signed amounts as they are', () => {
    for (const cell of ['食品', '50000', '-5', '-12.5', '0.3', "'quoted", 'a=b', ''])
      expect(guardFormula(cell)).toBe(cell);
  });

  it('is undone exactly by unguardFormula, for every text (quotes before a formula character included)', () => {
    const text = fc.string({
      unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', '5', '.', '食'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(text, (cell) => unguardFormula(guardFormula(cell)) === cell),
      { numRuns: 5000 },
    );
    expect(guardFormula("'=x")).toBe("''=x");
    expect(unguardFormula("''=x")).toBe("'=x");
  });

  it('leaves a formula typed without a quote as it is when reading', () => {
    expect(unguardFormula('=SUM(A1)')).toBe('=SUM(A1)');
  });
});

describe('renderCsv and importCsv with text that looks like a formula', () => {
  // A pasted rule set may name an item anything; the published CSV must not run it.
  const text = exampleRuleSetText().replace(
    'name: 生产经营超范围、超限量使用食品添加剂的食品',
    `name: '=HYPERLINK("http://example.invalid","点击")'`,
  );
  const ruleSet = loadRuleSet(text);

  it('writes the cell quoted, so a spreadsheet shows it as text', () => {
    const read = readCsv(renderCsv(ruleSet));
    const cells = read.ok ? read.records.flatMap((record) => record.fields) : [];
    // The table's 违法行为 cell (the name and the code), quoted; 元数据 holds it as JSON text.
    expect(cells.filter((cell) => cell.startsWith(`'=HYPERLINK("http://example.invalid","点击")`))).toHaveLength(1);
    expect(cells.filter((cell) => /^[=+@]/.test(cell))).toEqual([]);
  });

  it('reads it back to the same rule set', () => {
    expect(ruleSet.items[0]?.name).toBe('=HYPERLINK("http://example.invalid","点击")');
    expect(canonicalJson(importCsv(renderCsv(ruleSet)))).toBe(canonicalJson(ruleSet));
  });
});
