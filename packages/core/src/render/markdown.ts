import type { RuleSet } from '../ruleset/load.js';
import { ruleSetDigest } from '../ruleset/load.js';
import { benchmarkTable, licensingCells } from './table.js';
import type { BenchmarkTable } from './table.js';

export const PENALTY_HEADINGS = [
  '序号',
  '违法行为',
  '违法依据',
  '处罚依据',
  '裁量阶次',
  '适用情形',
  '处罚标准',
] as const;
export const LICENSING_HEADINGS = [
  '序号',
  '许可事项',
  '设定依据',
  '法定时限',
  '承诺时限',
  '许可条件',
  '申请材料',
] as const;
export const GROUND_HEADINGS = ['序号', '违法行为', '情形', '处理', '依据'] as const;

/** Section titles of a rendered benchmark. */
export const SECTION_TITLES = {
  rules: '裁量规则',
  penalty: '行政处罚裁量基准',
  licensing: '行政许可事项',
  grounds: '不予处罚、从轻或者减轻处罚情形',
} as const;

/**
 * A rule set as a Markdown document: a header (title, 制定机关, 文号, 施行日期, version,
 * provenance), the policy in words, and the tables — penalties (one row per tier; the item's
 * cells only on its first row), licensing items, and the items' 不予处罚/从轻减轻 grounds.
 * Line breaks inside a cell are written `<br>`.
 *
 * @param ruleSet - a loaded rule set
 * @returns the Markdown text, ending with a newline
 * @example writeFileSync('benchmark.md', renderMarkdown(ruleSet))
 */
export function renderMarkdown(ruleSet: RuleSet): string {
  const table = benchmarkTable(ruleSet);
  const out: string[] = [`# ${inline(table.header.title)}`, ''];
  for (const [label, text] of table.header.fields) out.push(`- **${label}**：${inline(text)}`);
  out.push('', `## ${SECTION_TITLES.rules}`, '');
  table.header.rules.forEach((rule, index) => {
    out.push(`${index + 1}. ${inline(rule)}`);
  });
  // A licensing-only benchmark has no penalty table: an empty one would read as 「无处罚事项」.
  if (table.penalty.length > 0 || table.licensing.length === 0) {
    out.push('', `## ${SECTION_TITLES.penalty}`, '');
    out.push(...markdownTable(PENALTY_HEADINGS, penaltyRows(table)));
  }
  if (table.licensing.length > 0) {
    out.push('', `## ${SECTION_TITLES.licensing}`, '');
    out.push(...markdownTable(LICENSING_HEADINGS, table.licensing.map(licensingCells)));
  }
  if (table.grounds.length > 0) {
    out.push('', `## ${SECTION_TITLES.grounds}`, '');
    out.push(
      ...markdownTable(
        GROUND_HEADINGS,
        table.grounds.map((row) => [String(row.ordinal), row.offence, row.circumstances, row.treatment, row.basis]),
      ),
    );
  }
  out.push(
    '',
    `<sub>由 cailiang 依据规则集 ${inline(ruleSet.id)} ${inline(ruleSet.version)} 生成，摘要 ${ruleSetDigest(ruleSet)}</sub>`,
    '',
  );
  return out.join('\n');
}

type Cell = string | readonly string[];

function penaltyRows(table: BenchmarkTable): Cell[][] {
  return table.penalty.flatMap((item) =>
    item.tiers.map((tier, index) => [
      index === 0 ? String(item.ordinal) : '',
      index === 0 ? item.offence : '',
      index === 0 ? item.violates : '',
      index === 0 ? item.basis : '',
      tier.label,
      tier.circumstances,
      tier.standard,
    ]),
  );
}

function markdownTable(headings: readonly string[], rows: readonly Cell[][]): string[] {
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function cell(value: Cell): string {
  const lines = typeof value === 'string' ? value.split('\n') : value.flatMap((line) => line.split('\n'));
  return lines.map(inline).join('<br>');
}

/** Text safe inside a Markdown table cell: no pipe, emphasis, code span or tag is opened. */
function inline(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/([\\|*`])/g, '\\$1')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;');
}
