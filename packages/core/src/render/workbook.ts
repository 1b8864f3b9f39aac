import { formatCellValue } from '../table-format/cell-values.js';
import { formatConditionExpression } from '../table-format/condition-syntax.js';
import {
  LICENSING_COLUMNS,
  LICENSING_SHEET,
  META_COLUMNS,
  META_SHEET,
  PENALTY_COLUMNS,
  PENALTY_SHEET,
  TIER_COLUMN_KEYS,
} from '../table-format/layout.js';
import type { Sheet, SheetName, Workbook } from '../table-format/layout.js';
import { flattenMeta, formatMetaPath, isItemConditionPath } from '../table-format/meta-paths.js';
import type { PathSegment } from '../table-format/meta-paths.js';
import type { Condition } from '../conditions/types.js';
import type { RuleSet } from '../ruleset/load.js';
import { benchmarkTable } from './table.js';
import type { BenchmarkTable } from './table.js';
import type { PenaltyItem } from './statutory-text.js';

/**
 * A rule set as a workbook of text: 裁量基准 (one row per tier: the human columns, then the
 * machine columns), 行政许可 (when the rule set has licensing items) and 元数据 (everything
 * else, one value per row). CSV and XLSX write this; import reads it back.
 *
 * @param ruleSet - a loaded rule set
 * @param table - its table model, when already built
 */
export function buildWorkbook(ruleSet: RuleSet, table: BenchmarkTable = benchmarkTable(ruleSet)): Workbook {
  const sheets: Sheet[] = [buildSheet(ruleSet, PENALTY_SHEET, table)];
  if (table.licensing.length > 0) sheets.push(buildSheet(ruleSet, LICENSING_SHEET, table));
  sheets.push(buildSheet(ruleSet, META_SHEET));
  return { sheets };
}

/**
 * One sheet of {@link buildWorkbook}, built alone — the same rows as the workbook's sheet of
 * that name. Import uses it to regenerate the human columns of 裁量基准 and 行政许可 without
 * flattening the whole rule set into 元数据 again. 行政许可 of a rule set without licensing
 * items is its header row alone (the workbook leaves that sheet out).
 *
 * @param ruleSet - a loaded rule set
 * @param name - the sheet to build
 * @param table - the rule set's table model, when already built (元数据 does not use it)
 * @returns the sheet: its header row, then its data rows
 * @example const penalty = buildSheet(ruleSet, PENALTY_SHEET);
 */
export function buildSheet(ruleSet: RuleSet, name: SheetName, table?: BenchmarkTable): Sheet {
  switch (name) {
    case PENALTY_SHEET:
      return penaltySheet(ruleSet, table ?? benchmarkTable(ruleSet));
    case LICENSING_SHEET:
      return licensingSheet(table ?? benchmarkTable(ruleSet));
    case META_SHEET:
      return metaSheet(ruleSet);
  }
}

function penaltySheet(ruleSet: RuleSet, table: BenchmarkTable): Sheet {
  const rows: string[][] = [[...PENALTY_COLUMNS]];
  const items = ruleSet.items.filter((item): item is PenaltyItem => item.kind === 'penalty');
  table.penalty.forEach((entry, itemIndex) => {
    const item = items[itemIndex] as PenaltyItem;
    entry.tiers.forEach((tier, tierIndex) => {
      const data = item.tiers[tierIndex] as PenaltyItem['tiers'][number];
      const first = tierIndex === 0;
      rows.push([
        first ? String(entry.ordinal) : '',
        first ? entry.offence : '',
        first ? entry.violates.join('\n') : '',
        first ? entry.basis.join('\n') : '',
        tier.label,
        tier.circumstances.join('\n'),
        tier.standard.join('\n'),
        item.code,
        formatCellValue(data.level),
        formatCellValue(data.label),
        data.when === undefined ? '' : formatConditionExpression(data.when as Condition),
        optionalCell(data.fine),
        optionalCell(data.add),
        optionalCell(data.sanctions),
        optionalCell(data.description),
      ]);
    });
  });
  return { name: PENALTY_SHEET, rows };
}

function optionalCell(value: unknown): string {
  return value === undefined ? '' : formatCellValue(value);
}

function licensingSheet(table: BenchmarkTable): Sheet {
  const rows: string[][] = [[...LICENSING_COLUMNS]];
  for (const row of table.licensing) {
    rows.push([
      String(row.ordinal),
      row.name,
      row.basis.join('\n'),
      row.statutoryLimit,
      row.promisedLimit,
      row.conditions.join('\n'),
      row.materials.join('\n'),
      row.code,
    ]);
  }
  return { name: LICENSING_SHEET, rows };
}

function metaSheet(ruleSet: RuleSet): Sheet {
  const rows: string[][] = [[...META_COLUMNS]];
  const { items, ...header } = ruleSet;
  for (const entry of flattenMeta(header)) rows.push(['', formatMetaPath(entry.path), entry.text]);
  for (const item of items) {
    const { code, ...rest } = item;
    const fields: Record<string, unknown> = { ...rest };
    let tierExtras: { path: PathSegment[]; value: Record<string, unknown> }[] = [];
    if (item.kind === 'penalty') {
      delete fields['tiers'];
      tierExtras = (item as PenaltyItem).tiers.map((tier, index) => ({
        path: ['tiers', index],
        value: extraTierFields(tier),
      }));
    }
    for (const entry of flattenMeta(fields, isItemConditionPath))
      rows.push([code, formatMetaPath(entry.path), entry.text]);
    for (const extra of tierExtras) {
      for (const entry of flattenMeta(extra.value, (path) => isItemConditionPath([...extra.path, ...path]))) {
        rows.push([code, formatMetaPath([...extra.path, ...entry.path]), entry.text]);
      }
    }
  }
  return { name: META_SHEET, rows };
}

/** Tier fields without a column of their own (a field the format gains later): kept in 元数据. */
function extraTierFields(tier: object): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tier)) {
    if (!Object.hasOwn(TIER_COLUMN_KEYS, key) && value !== undefined) extra[key] = value;
  }
  return extra;
}
