import { describe, expect, it } from 'vitest';
import { importCsv, safeImportCsv } from '../../src/import/index.js';
import type { ImportOptions } from '../../src/import/index.js';
import { CailiangError, canonicalJson, loadRuleSet } from '../../src/index.js';
import { renderCsv } from '../../src/render/index.js';
import { exampleRuleSetText } from '../../../../test-support/builders.js';
import { cellText, editCsv, metaCell, records } from './csv-edit.js';

const ruleSet = loadRuleSet(exampleRuleSetText());
const csv = renderCsv(ruleSet);

/** Every problem of an import, one line each, as the CLI prints them. */
function problems(text: string, options: ImportOptions = {}): string {
  const result = safeImportCsv(text, { source: 'food.csv', ...options });
  if (result.success) throw new Error('expected the import to fail');
  return result.error.message;
}

// The rows of 裁量基准 in the example: 2 从轻, 3 一般, 4 从重, 5 情节严重.
describe('importCsv', () => {
  it('reads back what renderCsv wrote', () => {
    expect(canonicalJson(importCsv(csv))).toBe(canonicalJson(ruleSet));
  });

  it('reports an unknown operator at its sheet, row and column', () => {
    const edited = editCsv(csv, { K4: 'priorViolations => 1 或 harm = serious 或 childrenFood = true' });
    expect(problems(edited)).toMatchInlineSnapshot(
      `"food.csv: 裁量基准!K4: unknown operator "=>"; expected one of = != < <= > >= in notIn contains doesNotContain (character 17)"`,
    );
  });

  it('reports a condition that names an undeclared fact at its cell, with the rule-set path', () => {
    const edited = editCsv(csv, { K2: 'priorViolation = 0 且 harm = none' });
    expect(problems(edited)).toMatchInlineSnapshot(
      `"food.csv: 裁量基准!K2: unknown fact "priorViolation": it is neither a declared fact nor a general circumstance (items[0].tiers[0].when.all[0].fact)"`,
    );
  });

  it('reports an unknown band in 罚款标准 at its cell', () => {
    const edited = editCsv(csv, { L3: '{ band: heavy }' });
    expect(problems(edited)).toMatchInlineSnapshot(
      `"food.csv: 裁量基准!L3: unknown band "heavy"; policy.fineBands has lighter, general, heavier (items[0].tiers[1].fine.band)"`,
    );
  });

  it('detects an amount changed in 处罚标准 but not in the machine columns', () => {
    const standard = cellText(csv, 'G3').replace('六万五千元以上八万五千元以下', '六万元以上八万元以下');
    expect(problems(editCsv(csv, { G3: standard }))).toMatchInlineSnapshot(
      `"food.csv: 裁量基准!G3: 处罚标准 does not match the machine data: the cell reads 「…额不足一万元的，罚款六万元以上八万元以下；货值金额一万元以上的，罚款货值金额十三…」 where the rule set gives 「…额不足一万元的，罚款六万五千元以上八万五千元以下；货值金额一万元以上的，罚款货值…」. The human columns are generated: change the machine columns or 元数据, and copy the generated text here (or clear the cell and import with humanColumns: fill-blank)"`,
    );
  });

  it('detects a band changed in the machine columns but not in the human ones', () => {
    const message = problems(editCsv(csv, { L3: '{ band: heavier }' }));
    expect(message).toContain('food.csv: 裁量基准!G3: 处罚标准 does not match the machine data');
    expect(message.split('\n')).toHaveLength(1);
  });

  it('accepts a change made in both the machine and the human columns', () => {
    const heavier = cellText(csv, 'G4');
    const imported = importCsv(editCsv(csv, { L3: '{ band: heavier }', G3: heavier }));
    expect(imported.items[0]?.kind === 'penalty' && imported.items[0].tiers[1]?.fine).toEqual({ band: 'heavier' });
  });

  it('checks the item cells of later rows only when they are filled (merged cells)', () => {
    const copied = editCsv(csv, { B3: cellText(csv, 'B2'), D4: cellText(csv, 'D2') });
    expect(canonicalJson(importCsv(copied))).toBe(canonicalJson(ruleSet));
    expect(problems(editCsv(csv, { B3: '别的违法行为' }))).toContain(
      'food.csv: 裁量基准!B3: 违法行为 does not match the machine data',
    );
  });

  it('accepts blank human cells only with humanColumns: fill-blank', () => {
    const blank = editCsv(csv, { F2: '', G2: '', D2: '' });
    expect(problems(blank)).toMatchInlineSnapshot(`
      "food.csv: 裁量基准!D2: 处罚依据 does not match the machine data: the cell is empty where the rule set gives 「《中华人民共和国食品安全法》第一百二十四条第一款第（三）…」. The human columns are generated: change the machine columns or 元数据, and copy the generated text here (or clear the cell and import with humanColumns: fill-blank)
      food.csv: 裁量基准!F2: 适用情形 does not match the machine data: the cell is empty where the rule set gives 「无两年内同类违法的情形，且危害后果为none」. The human columns are generated: change the machine columns or 元数据, and copy the generated text here (or clear the cell and import with humanColumns: fill-blank)
      food.csv: 裁量基准!G2: 处罚标准 does not match the machine data: the cell is empty where the rule set gives 「货值金额不足一万元的，罚款五万元以上六万五千元以下；货值…」. The human columns are generated: change the machine columns or 元数据, and copy the generated text here (or clear the cell and import with humanColumns: fill-blank)"
    `);
    expect(canonicalJson(importCsv(blank, { humanColumns: 'fill-blank' }))).toBe(canonicalJson(ruleSet));
  });

  it('checks the 行政许可 sheet against the licensing items', () => {
    const row = records(csv).findIndex((record) => record[7] === 'LIC-FS-35') + 1;
    expect(problems(editCsv(csv, { [`E${row}`]: '五个工作日' }))).toMatchInlineSnapshot(
      `"food.csv: 行政许可!E9: 承诺时限 does not match the machine data: the cell reads 「五个工作日」 where the rule set gives 「十个工作日」. The human columns are generated: change the machine columns or 元数据, and copy the generated text here (or clear the cell and import with humanColumns: fill-blank)"`,
    );
  });

  it('reports bad 元数据 paths and values at their cells, all at once', () => {
    const edited = editCsv(csv, {
      [metaCell(csv, 'FS-124-1-3', 'statutory.fine[0].range', 'B')]: 'statutory.fine[0]..range',
      [metaCell(csv, 'FS-124-1-3', 'statutory.fine[1].multiple')]: '{ of: goodsValue, min: "10"',
      [metaCell(csv, 'FS-124-1-3', 'exemptions[0].when')]: 'priorViolations = 0 且 harm in [none, minor',
      K4: 'priorViolations =! 1',
    });
    expect(problems(edited)).toMatchInlineSnapshot(`
      "food.csv: 元数据!B41: expected a key after "." at character 19
      food.csv: 元数据!C43: not a valid value (character 28): Flow map must end with a }
      food.csv: 元数据!C50: expected a closing "]" or a "," before the next value, found the end of the text (character 43)
      food.csv: 裁量基准!K4: unknown operator "=!"; expected one of = != < <= > >= in notIn contains doesNotContain (character 17)"
    `);
  });

  it('reports a path given twice and a list with a gap', () => {
    const twice = editCsv(csv, { [metaCell(csv, '', 'issuer', 'B')]: 'title' });
    expect(problems(twice)).toMatchInlineSnapshot(`"food.csv: 元数据!B17: title is given twice (also at 元数据!C16)"`);
    const gap = editCsv(csv, {
      [metaCell(csv, 'FS-124-1-3', 'statutory.fine[1].when', 'B')]: 'statutory.fine[2].when',
      [metaCell(csv, 'FS-124-1-3', 'statutory.fine[1].multiple', 'B')]: 'statutory.fine[2].multiple',
    });
    expect(problems(gap)).toMatchInlineSnapshot(
      `"food.csv: 元数据!C42: statutory.fine[1] is missing: the rows of statutory.fine are numbered from [0] without gaps"`,
    );
  });

  it('reports a missing required value of the rule set where its parent is', () => {
    const edited = editCsv(csv, { [metaCell(csv, 'FS-124-1-3', 'violates[0]', 'A')]: undefined });
    expect(problems(edited)).toMatchInlineSnapshot(
      `
      "food.csv: 元数据!A36: missing; expected an array (items[0].violates)
      food.csv: 元数据!C13: names and references (facts, laws, bands, citations) were not checked in items[0]: fix the problems above first"
    `,
    );
  });

  it('reports tier rows of an unknown item, and items without tier rows', () => {
    expect(problems(editCsv(csv, { H3: 'FS-999' }))).toMatchInlineSnapshot(
      `"food.csv: 裁量基准!H3: item "FS-999" is not in 元数据, where each item has its rows (name, kind, citations…)"`,
    );
    const noTiers = editCsv(csv, { A2: undefined, A3: undefined, A4: undefined, A5: undefined });
    expect(problems(noTiers)).toMatchInlineSnapshot(
      `"food.csv: 元数据!A32: penalty item "FS-124-1-3" has no rows in 裁量基准; each tier is a row there"`,
    );
  });

  it('reports unknown and missing columns and sheets', () => {
    expect(problems(editCsv(csv, { P1: '备注' }))).toMatchInlineSnapshot(
      `"food.csv: 裁量基准!P1: unknown column "备注"; this sheet has the columns 序号, 违法行为, 违法依据, 处罚依据, 裁量阶次, 适用情形, 处罚标准, 事项编码, 阶次代码, 阶次名称, 条件表达式, 罚款标准, 附加处罚, 阶次罚种, 阶次说明"`,
    );
    expect(problems(editCsv(csv, { K1: '条件' }))).toMatchInlineSnapshot(`
      "food.csv: 裁量基准!K1: unknown column "条件"; this sheet has the columns 序号, 违法行为, 违法依据, 处罚依据, 裁量阶次, 适用情形, 处罚标准, 事项编码, 阶次代码, 阶次名称, 条件表达式, 罚款标准, 附加处罚, 阶次罚种, 阶次说明
      food.csv: 裁量基准!1: the column "条件表达式" is missing from the header row"
    `);
    const meta = records(csv).findIndex((record) => record[0] === '#元数据') + 1;
    expect(problems(editCsv(csv, { [`A${meta}`]: '#说明' }))).toMatchInlineSnapshot(`
      "food.csv: 说明: unknown sheet "说明"; a benchmark workbook has the sheets 裁量基准、行政许可、元数据
      food.csv: 元数据: the sheet "元数据" is missing: it holds the rule set itself (header, laws, facts, items)"
    `);
  });

  it('refuses text that is not CSV, naming the row and line', () => {
    const error = (() => {
      try {
        importCsv('序号,"违法行为\n1,2', { source: 'bad.csv' });
      } catch (caught) {
        return caught as CailiangError;
      }
      throw new Error('expected an error');
    })();
    expect(error).toBeInstanceOf(CailiangError);
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toMatchInlineSnapshot(
      `"bad.csv: row 1: a quoted field is not closed: the text ends inside quotes (line 1)"`,
    );
  });

  it('reads CSV saved by a spreadsheet: LF line ends, no BOM, an explicit first section', () => {
    const resaved = `#裁量基准\n${csv.slice(1).replace(/\r\n/g, '\n')}`;
    expect(canonicalJson(importCsv(resaved))).toBe(canonicalJson(ruleSet));
  });

  it('throws CailiangError with one issue per cell', () => {
    const result = safeImportCsv(editCsv(csv, { G2: 'x', G3: 'y' }));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_RULE_SET');
      expect(result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['inconsistent_cell', '裁量基准!G2'],
        ['inconsistent_cell', '裁量基准!G3'],
      ]);
    }
  });
});
