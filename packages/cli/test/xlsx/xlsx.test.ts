import { describe, expect, it } from 'vitest';
import { CailiangError, canonicalJson, loadRuleSet, safeLoadRuleSet } from '@cailiang/core';
import type { RuleSet } from '@cailiang/core';
import { importXlsx, loadExcelJs, renderXlsx, xlsxWorkbook } from '../../src/xlsx/index.js';
import type { ExcelJsModule } from '../../src/xlsx/index.js';
import { exampleRuleSetText } from '../../../../test-support/builders.js';
import { oddRuleSetV2, oddRuleSetWithLicensing } from '../../../../test-support/odd-rule-set.js';
import { ruleFiles } from '../../../../test-support/rule-files.js';

/** exceljs is an optional dependency of the XLSX functions: without it these tests are skipped. */
const exceljs: ExcelJsModule | undefined = await loadExcelJs().catch(() => undefined);
const options = exceljs === undefined ? {} : { exceljs };

const benchmarkFiles = ruleFiles();
const example = loadRuleSet(exampleRuleSetText());

type Worksheets = Awaited<ReturnType<ExcelJsModule['Workbook']['prototype']['addWorksheet']>>[];
function sheetOf(worksheets: readonly Worksheets[number][]) {
  const sheet = worksheets.find((candidate) => candidate.name === '裁量基准');
  if (sheet === undefined) throw new Error('no 裁量基准 sheet');
  return sheet;
}

async function expectRoundTrip(ruleSet: RuleSet): Promise<void> {
  const back = await importXlsx(await renderXlsx(ruleSet, options), options);
  expect(canonicalJson(back)).toBe(canonicalJson(ruleSet));
}

describe.skipIf(exceljs === undefined)('XLSX', () => {
  it('round-trips the spec examples and every corner of the format', async () => {
    await expectRoundTrip(example);
    await expectRoundTrip(loadRuleSet(exampleRuleSetText('food-safety-2023.rules.yaml')));
    await expectRoundTrip(loadRuleSet(oddRuleSetWithLicensing()));
    // v2: fineCondition, the statute's words (text), 直至 (upTo), 百分之五 multiples.
    await expectRoundTrip(loadRuleSet(oddRuleSetV2()));
  });

  for (const { file, text } of benchmarkFiles) {
    const loaded = safeLoadRuleSet(text);
    it.skipIf(!loaded.success)(`round-trips the benchmark ${file}`, async () => {
      if (loaded.success) await expectRoundTrip(loaded.data);
    });
  }

  it('writes the sheets of the CSV form, the item cells merged over the tier rows', async () => {
    const workbook = await xlsxWorkbook(await renderXlsx(example, options), options);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['裁量基准', '行政许可', '元数据']);
    const penalty = workbook.sheets[0]?.rows ?? [];
    expect(penalty[1]?.slice(0, 2)).toEqual(['1', '生产经营超范围、超限量使用食品添加剂的食品（FS-124-1-3）']);
    expect(penalty[2]?.slice(0, 5)).toEqual(['', '', '', '', '一般']);
    expect(penalty[2]?.slice(7, 12)).toEqual(['FS-124-1-3', 'general', '一般', '', '{ band: general }']);
  });

  it('reports a problem at its sheet, row and column', async () => {
    const edit = async (change: (sheet: ReturnType<typeof sheetOf>) => void) => {
      const workbook = new (exceljs as ExcelJsModule).Workbook();
      await workbook.xlsx.load(await renderXlsx(example, options));
      change(sheetOf(workbook.worksheets));
      const error = await importXlsx(await workbook.xlsx.writeBuffer(), { ...options, source: 'food.xlsx' }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(CailiangError);
      return (error as CailiangError).message;
    };
    expect(await edit((sheet) => (sheet.getRow(4).getCell(11).value = 'priorViolations => 1'))).toMatchInlineSnapshot(
      `"food.xlsx: 裁量基准!K4: unknown operator "=>"; expected one of = != < <= > >= in notIn contains doesNotContain (character 17)"`,
    );
    // Rich text reads as its plain text; an amount edited there alone is an inconsistency.
    const richText = await edit(
      (sheet) =>
        (sheet.getRow(3).getCell(7).value = { richText: [{ text: '罚款六万元' }, { text: '以上八万元以下' }] }),
    );
    expect(richText).toContain(
      'food.xlsx: 裁量基准!G3: 处罚标准 does not match the machine data: the cell reads 「罚款六万元以上八万元以下」',
    );
  });

  it('refuses bytes that are not an XLSX file', async () => {
    const error = await importXlsx(new TextEncoder().encode('序号,违法行为'), options).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CailiangError);
    expect((error as CailiangError).code).toBe('PARSE_ERROR');
  });
});
