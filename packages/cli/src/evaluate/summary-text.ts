import type { Language } from '@cailiang/core';
import { candidateEvidence } from '@cailiang/core/evaluate';
import type { Evaluation } from '@cailiang/core/evaluate';
import { formatCount } from '../display-text.js';
import type { Shard } from '../shard.js';

/** Where the outputs of an evaluation or a merge go. */
export interface Outputs {
  readonly out?: string;
  readonly json?: string;
  readonly csv?: string;
  readonly partial?: string;
}

/** What the summary of `cailiang evaluate` says besides the evaluation. */
export interface EvaluateSummaryOptions extends Outputs {
  readonly seconds: number;
  readonly shard?: Shard;
  /** Where `--save` wrote the synthetic records. */
  readonly save?: string;
  readonly language: Language;
}

/** Candidates named in the summary; the report lists them all. */
const SHOWN_CANDIDATES = 5;

/**
 * The summary `cailiang evaluate` prints: records, items used, the strongest revision candidates
 * and where the reports went — in Chinese by default (the legal-affairs office reads it), in
 * English with `--lang en`.
 *
 * @param evaluation - the evaluation
 * @param options - the run's time, shard, outputs and language
 * @returns the text, ending with a newline
 * @example io.stdout(evaluateSummary(evaluation, { seconds: 1.2, out: 'report.html', language: 'zh' }));
 */
export function evaluateSummary(evaluation: Evaluation, options: EvaluateSummaryOptions): string {
  const { records } = evaluation;
  const en = options.language === 'en';
  const used = formatCount(evaluation.items.filter((item) => item.cases > 0).length);
  const items = formatCount(evaluation.items.length);
  const candidates = formatCount(evaluation.candidates.length);
  const seconds = options.seconds.toFixed(1);
  const synthetic = records.synthetic > 0 ? formatCount(records.synthetic) : undefined;
  const shard = options.shard === undefined ? '' : `${options.shard.index}/${options.shard.count}`;
  const where = reportLine(options, options.language);
  const lines = en
    ? [
        `Evaluated ${formatCount(records.total)} records${synthetic === undefined ? '' : ` (${synthetic} synthetic)`} in ${seconds} s: ${formatCount(records.decided)} decided, ${formatCount(records.errors)} could not be decided.`,
        `${used} of ${items} items used; ${candidates} revision candidates.`,
      ]
    : [
        `已评估记录 ${formatCount(records.total)} 条${synthetic === undefined ? '' : `（其中合成记录 ${synthetic} 条）`}，用时 ${seconds} 秒：作出裁量 ${formatCount(records.decided)} 条，无法裁量 ${formatCount(records.errors)} 条。`,
        `适用事项 ${used} 项（共 ${items} 项）；立改废释候选 ${candidates} 项。`,
      ];
  for (const candidate of evaluation.candidates.slice(0, SHOWN_CANDIDATES))
    lines.push(`  ${candidate.rank}. ${candidateEvidence(candidate, evaluation, options.language)}`);
  const saved = options.save === undefined ? '' : en ? `; records: ${options.save}` : `；合成记录：${options.save}`;
  lines.push(`${shard === '' ? '' : en ? `Shard ${shard}. ` : `分片 ${shard}。`}${where}${saved}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The summary `cailiang evaluate merge` prints, in the language asked for.
 *
 * @param evaluation - the merged evaluation
 * @param partials - how many partial files were merged
 * @param outputs - where the reports went
 * @param language - zh (default) or en
 * @returns the text, ending with a newline
 * @example io.stdout(mergeSummary(evaluation, 3, { out: 'city.html' }));
 */
export function mergeSummary(
  evaluation: Evaluation,
  partials: number,
  outputs: Outputs,
  language: Language = 'zh',
): string {
  const { records } = evaluation;
  const [total, decided, errors, candidates] = [
    records.total,
    records.decided,
    records.errors,
    evaluation.candidates.length,
  ].map(formatCount);
  const head =
    language === 'en'
      ? `Merged ${formatCount(partials)} partials: ${total} records, ${decided} decided, ${errors} could not be decided; ${candidates} revision candidates.`
      : `已合并部分结果 ${formatCount(partials)} 份：记录 ${total} 条，作出裁量 ${decided} 条，无法裁量 ${errors} 条；立改废释候选 ${candidates} 项。`;
  return `${head}\n${reportLine(outputs, language)}\n`;
}

/**
 * The line that says where the outputs went.
 *
 * @param outputs - the files written
 * @param language - zh (default) or en
 * @returns `报告：report.html，JSON：e.json` (zh) or `Report: report.html, JSON: e.json` (en)
 * @example reportLine({ out: 'report.html' }, 'en') // 'Report: report.html'
 */
export function reportLine(outputs: Outputs, language: Language = 'zh'): string {
  const [report, partial, separator, colon] =
    language === 'en' ? ['Report', 'partial', ', ', ': '] : ['报告', '部分结果', '，', '：'];
  const parts = [
    outputs.out === undefined ? undefined : `${report}${colon}${outputs.out}`,
    outputs.json === undefined ? undefined : `JSON${colon}${outputs.json}`,
    outputs.csv === undefined ? undefined : `CSV${colon}${outputs.csv}`,
    outputs.partial === undefined ? undefined : `${partial}${colon}${outputs.partial}`,
  ];
  return parts.filter((part) => part !== undefined).join(separator);
}
