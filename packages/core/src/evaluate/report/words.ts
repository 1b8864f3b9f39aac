import type { Language } from '../../explain/condition-text.js';
import { percent } from '../share.js';
import type { CandidateKind, Evaluation, FinePosition, RevisionCandidate } from '../types.js';
import { formatCount, formatShare } from './text.js';

/**
 * The words of the evaluation report (裁量基准后评估): Chinese by default, for the legal-affairs office
 * that reads it, English on request. The figures, codes and the JSON/CSV reports are the same in both.
 */
export interface EvaluationWords {
  readonly lang: string;
  readonly title: string;
  readonly syntheticTag: string;
  readonly syntheticChart: string;
  syntheticBanner(which: string, seed: string): string;
  syntheticAll(total: number): string;
  syntheticSome(synthetic: number, total: number, share: string): string;
  seed(seed: string): string;
  source(name: string): string;
  readonly sourceDefault: string;
  ruleSet(title: string, id: string, version: string, digest: string): string;
  records(total: number, decided: number, errors: number, synthetic: number): string;
  readonly tiles: readonly [string, string, string, string, string, string];
  readonly charts: string;
  /** The captions above the three charts. */
  readonly captions: readonly [string, string, string];
  readonly candidates: string;
  readonly noCandidates: string;
  strongest(shown: number, all: number): string;
  readonly candidateColumns: readonly [string, string, string, string];
  readonly kinds: Readonly<Record<CandidateKind, string>>;
  evidence(candidate: RevisionCandidate, evaluation: Evaluation): string;
  readonly items: string;
  readonly noRecordDecided: string;
  readonly itemColumns: readonly string[];
  readonly neverReached: string;
  readonly yuan: string;
  deviationNote(above: string, below: string, withoutReasons: string): string;
  readonly mandatory: string;
  readonly discretionary: string;
  neverUsed(unused: number, all: number): string;
  readonly everyItemUsed: string;
  undecided(errors: number): string;
  readonly everyRecordDecided: string;
  readonly errorColumns: readonly [string, string, string];
  firstSamples(count: number): string;
  readonly sampleColumns: readonly [string, string, string, string];
  readonly definitions: string;
  terms(thresholds: Evaluation['thresholds']): readonly [string, string][];
  footer(synthetic: boolean, format: string): string;
  readonly positions: Readonly<Record<FinePosition, string>>;
  readonly chart: {
    tierTitle: string;
    tierDescription(rows: number): string;
    tierLegend: readonly [string, string, string];
    tierEmpty: string;
    of(part: number, all: number, share: string): string;
    ofCount(part: number, all: number): string;
    positionTitle: string;
    positionDescription(rows: number): string;
    positionEmpty: string;
    deviationTitle: string;
    deviationDescription(rows: number, minSample: number): string;
    deviationLegend: readonly [string, string];
    deviationEmpty(minSample: number): string;
    deviationTitleOf(code: string, part: number, all: number, side: 'below' | 'above', share: string): string;
  };
}

const pct = (share: string) => formatShare(share).replace('.0%', '%');

const tierLabel = (evaluation: Evaluation, item: string, level: string | undefined) =>
  evaluation.items.find((entry) => entry.code === item)?.tiers.find((tier) => tier.level === level)?.label ??
  level ??
  '';

function evidenceZh(c: RevisionCandidate, evaluation: Evaluation): string {
  const share = percent(c.count, c.of);
  const ofText = `${formatCount(c.count)}/${formatCount(c.of)}`;
  const tier = tierLabel(evaluation, c.item, c.tier);
  const name = evaluation.items.find((entry) => entry.code === c.item)?.name ?? '';
  const within = pct(evaluation.thresholds.maximumWithin);
  switch (c.kind) {
    case 'cluster-at-maximum':
      return `${c.item}：${share}的罚款距法定最高额不足${within}（${ofText}）；国发〔2024〕5号要求避免机械顶格处罚`;
    case 'above-range':
      return `${c.item}“${tier}”阶次：${share}的罚款高于该阶次幅度（${ofText}）`;
    case 'below-range':
      return `${c.item}“${tier}”阶次：${share}的罚款低于该阶次幅度且无从轻、减轻情形（${ofText}）`;
    case 'undecidable':
      return `${c.item}：${ofText}条记录无法裁量，基准对这些事实未设阶次或幅度`;
    case 'dominant-tier':
      return `${c.item}：“${tier}”阶次占处罚决定的${share}（${ofText}），各阶次几乎未区分案件`;
    case 'tier-never-reached':
      return `${c.item}“${tier}”阶次：在${formatCount(c.of)}件处罚决定中从未适用`;
    case 'exemption-unused':
      return `${c.item}的免罚情形${c.ground ?? ''}：具备该情形${formatCount(c.of)}件，不予处罚${formatCount(c.count)}件（${share}）`;
    case 'item-never-used':
      return `${c.item} ${name}：${formatCount(c.of)}条记录中无一适用`;
  }
}

const ZH: EvaluationWords = {
  lang: 'zh-CN',
  title: '裁量基准后评估报告',
  syntheticTag: '[合成数据] ',
  syntheticChart: ' <span class="alert">——合成数据</span>',
  syntheticBanner: (which, seed) =>
    `合成数据 —— ${which}由 cailiang 生成${seed}，仅供演示和测试。这些记录不是真实的处罚决定，不能据此对任何机关得出结论。`,
  syntheticAll: (total) => `全部${formatCount(total)}条记录`,
  syntheticSome: (synthetic, total, share) => `${formatCount(total)}条记录中的${formatCount(synthetic)}条（${share}）`,
  seed: (seed) => `（种子 ${seed}）`,
  source: (name) => `数据来源：${name}`,
  sourceDefault: '传入 evaluate() 的记录',
  ruleSet: (title, id, version, digest) => `规则集：${title} —— ${id} ${version}（${digest}）`,
  records: (total, decided, errors, synthetic) =>
    `记录：${formatCount(total)}条 · 已裁量${formatCount(decided)}条 · 无法裁量${formatCount(errors)}条${synthetic > 0 ? ` · 合成${formatCount(synthetic)}条` : ''}`,
  tiles: ['已裁量记录', '已适用事项', '已比对罚款', '偏离率', '顶格处罚占比', '建议修订事项'],
  charts: '图表',
  captions: ['阶次占比', '罚款在阶次幅度中的位置', '各事项的偏离'],
  candidates: '建议修订事项（立改废释）',
  noCandidates: '没有事项或阶次达到建议修订的标准。',
  strongest: (shown, all) => `共${formatCount(all)}项，列出最突出的${formatCount(shown)}项；JSON 和 CSV 报告列出全部。`,
  candidateColumns: ['序号', '类型', '依据', '分值'],
  kinds: {
    'cluster-at-maximum': '罚款集中于法定最高额（顶格处罚）',
    'above-range': '罚款高于阶次幅度',
    'below-range': '罚款低于阶次幅度',
    undecidable: '基准无法裁量的案件',
    'dominant-tier': '一个阶次几乎涵盖全部案件',
    'tier-never-reached': '阶次从未适用',
    'exemption-unused': '免罚情形很少适用',
    'item-never-used': '事项从未适用',
  },
  evidence: evidenceZh,
  items: '各事项',
  noRecordDecided: '没有已裁量的记录。',
  itemColumns: [
    '事项',
    '案件数',
    '阶次（占比）',
    '罚款',
    '偏离',
    '顶格',
    '免罚情形 具备 → 适用',
    '从轻减轻情形 具备 → 适用',
    '偏离的主要理由',
  ],
  neverReached: '从未适用：',
  yuan: '元',
  deviationNote: (above, below, withoutReasons) => `高于${above}件，低于${below}件，其中${withoutReasons}件未说明理由`,
  mandatory: '（应当）',
  discretionary: '（可以）',
  neverUsed: (unused, all) => `从未适用的事项（${formatCount(all)}项中的${formatCount(unused)}项）`,
  everyItemUsed: '每个事项都有适用。',
  undecided: (errors) => `无法裁量的记录（${formatCount(errors)}条）`,
  everyRecordDecided: '每条记录都已裁量。',
  errorColumns: ['错误', '记录数', '占比'],
  firstSamples: (count) => `前${formatCount(count)}条：`,
  sampleColumns: ['记录', '错误', '位置', '问题'],
  definitions: '指标说明',
  terms: (t) => [
    ['阶次占比', '该阶次的处罚决定数占该事项处罚决定数的比例（不予处罚、超过追责期限和仅责令改正的结果另行统计）。'],
    [
      '罚款位置',
      '实际罚款与基准对该案确定的幅度（阶次幅度，具有应当从轻情形的已相应收窄）相比：低于幅度；低于幅度但在从轻情形的幅度或减轻处罚的幅度内（“从轻/减轻”，不算偏离）；位于幅度的下、中、上三分之一（中间三分之一含两端）；高于幅度。',
    ],
    [
      '偏离率',
      '低于或者高于基准幅度的罚款数占已比对罚款数的比例。理由为决定所述的裁量说理（合并空白）；未说明理由的另行统计。',
    ],
    [
      '顶格处罚占比',
      `罚款在法定最高额以下${pct(t.maximumWithin)}以内至最高额之间的，计为顶格；仅统计法定幅度低于该区间的案件（固定数额的罚款没有裁量余地）。至少${t.minSample}件此类罚款中有${pct(t.clusterShare)}以上顶格的，视为集中于最高额（国发〔2024〕5号：避免机械顶格处罚）。`,
    ],
    ['免罚情形 具备 → 适用', '具备不予处罚情形的案件数，以及其中未给予处罚的案件数。'],
    [
      '从轻减轻情形 具备 → 适用',
      '具备从轻、减轻情形的案件数，以及其中罚款在该情形的从轻幅度内或者低于法定最低额（减轻）的案件数。',
    ],
    [
      '建议修订事项',
      `某阶次${pct(t.deviationShare)}以上的罚款高于（或者低于）其幅度；某事项罚款集中于最高额；基准无法裁量的记录（未设阶次或幅度）；某阶次占${pct(t.dominantShare)}以上的决定；某阶次从未适用；可以不予处罚的情形适用率低于${pct(t.exemptionUseShare)}；某事项从未适用。占比只在至少${t.minSample}件时计算。按权重 × 占比排序（见 docs/evaluation.md）。`,
    ],
  ],
  footer: (synthetic, format) =>
    `${synthetic ? '合成数据：不是真实的处罚决定。' : ''}由 cailiang 生成；JSON 和 CSV 报告载有相同数据（格式 ${format}）。`,
  positions: {
    below: '低于阶次幅度（偏离）',
    mitigated: '因从轻/减轻而低于幅度',
    lower: '下三分之一',
    middle: '中三分之一',
    upper: '上三分之一',
    above: '高于阶次幅度（偏离）',
  },
  chart: {
    tierTitle: '阶次占比：各裁量阶次的处罚决定',
    tierDescription: (rows) => `处罚决定最多的${rows}个事项中，各阶次决定所占比例，从最轻阶次起。`,
    tierLegend: ['最轻阶次（从轻、轻微…）', '中间阶次', '最重阶次（从重、严重…）'],
    tierEmpty: '没有处罚决定。',
    of: (part, all, share) => `${formatCount(part)}/${formatCount(all)}（${share}）`,
    ofCount: (part, all) => `${formatCount(part)}/${formatCount(all)}`,
    positionTitle: '罚款在阶次幅度中的位置',
    positionDescription: (rows) =>
      `罚款最多的${rows}个阶次中，实际罚款相对于阶次幅度的位置：低于幅度、因从轻减轻而低于幅度、幅度的下中上三分之一、高于幅度。`,
    positionEmpty: '没有与基准比对的罚款。',
    deviationTitle: '各事项的偏离：超出基准幅度的罚款',
    deviationDescription: (rows, minSample) =>
      `偏离率最高的${rows}个事项（至少${minSample}件罚款）中，低于和高于基准幅度的罚款所占比例。`,
    deviationLegend: ['低于幅度', '高于幅度'],
    deviationEmpty: (minSample) => `没有事项达到${minSample}件可比对的罚款。`,
    deviationTitleOf: (code, part, all, side, share) =>
      `${code}：${formatCount(all)}件罚款中${formatCount(part)}件${side === 'below' ? '低于' : '高于'}幅度（${share}）`,
  },
};

const EN: EvaluationWords = {
  lang: 'en',
  title: 'Post-evaluation of discretion benchmarks (裁量基准后评估)',
  syntheticTag: '[SYNTHETIC DATA 合成数据] ',
  syntheticChart: ' <span class="alert">— synthetic data</span>',
  syntheticBanner: (which, seed) =>
    `合成数据 · SYNTHETIC DATA — ${which} generated by cailiang${seed} for demonstration and testing. They are not real decisions, and no conclusion about any agency may be drawn from them.`,
  syntheticAll: (total) => `All ${formatCount(total)} records are`,
  syntheticSome: (synthetic, total, share) =>
    `${formatCount(synthetic)} of ${formatCount(total)} records (${share}) are`,
  seed: (seed) => ` (seed ${seed})`,
  source: (name) => `Source: ${name}`,
  sourceDefault: 'records passed to evaluate()',
  ruleSet: (title, id, version, digest) => `Rule set: ${title} — ${id} ${version} (${digest})`,
  records: (total, decided, errors, synthetic) =>
    `Records: ${formatCount(total)} · decided ${formatCount(decided)} · could not be decided ${formatCount(errors)}${synthetic > 0 ? ` · synthetic ${formatCount(synthetic)}` : ''}`,
  tiles: [
    'records decided',
    'items used',
    'fines compared',
    'deviation rate',
    'at the statutory maximum',
    'revision candidates',
  ],
  charts: 'Charts',
  captions: ['Tier shares', 'Fine position within the tier range', 'Deviation by item'],
  candidates: 'Revision candidates (立改废释)',
  noCandidates: 'No item or tier meets a threshold for revision.',
  strongest: (shown, all) => `The ${shown} strongest of ${formatCount(all)}; the JSON and CSV reports list them all.`,
  candidateColumns: ['#', 'kind', 'evidence', 'score'],
  kinds: {
    'cluster-at-maximum': 'fines at the statutory maximum (顶格处罚)',
    'above-range': 'fines above the tier',
    'below-range': 'fines below the tier',
    undecidable: 'cases the benchmark cannot decide',
    'dominant-tier': 'one tier takes nearly all cases',
    'tier-never-reached': 'tier never reached',
    'exemption-unused': 'exemption rarely used (免罚)',
    'item-never-used': 'item never used',
  },
  evidence: (candidate) => candidate.evidence,
  items: 'Items',
  noRecordDecided: 'No record was decided.',
  itemColumns: [
    'item',
    'cases',
    'tiers (share)',
    'fines',
    'deviation',
    'at max.',
    'exemptions offered → used',
    'mitigations offered → used',
    'top reasons for deviations',
  ],
  neverReached: 'never reached: ',
  yuan: '元',
  deviationNote: (above, below, withoutReasons) => `↑${above} ↓${below}, ${withoutReasons} without reasons`,
  mandatory: ' (应当)',
  discretionary: ' (可以)',
  neverUsed: (unused, all) => `Items never used (${formatCount(unused)} of ${formatCount(all)})`,
  everyItemUsed: 'Every item was used.',
  undecided: (errors) => `Records that could not be decided (${formatCount(errors)})`,
  everyRecordDecided: 'Every record was decided.',
  errorColumns: ['error', 'records', 'share'],
  firstSamples: (count) => `The first ${formatCount(count)}:`,
  sampleColumns: ['record', 'error', 'where', 'problem'],
  definitions: 'Definitions',
  terms: (t) => [
    [
      'Tier share',
      "the tier's penalty decisions over the item's penalty decisions (not-penalised, time-barred and correction-only outcomes are counted apart).",
    ],
    [
      'Fine position',
      'an imposed fine against the range the benchmark set for its case (the tier\'s range, already narrowed where a mandatory mitigation ground holds): below it; below it but inside a 从轻 band or 减轻 range a mitigation ground offered ("mitigated", not a deviation); in its lower, middle or upper third (the middle third includes both edges); above it.',
    ],
    [
      'Deviation rate',
      "fines below or above the benchmark's range over the fines compared. Reasons are the decision's stated 裁量说理, white space collapsed; decisions stating none are counted apart.",
    ],
    [
      'At the statutory maximum',
      `a fine from ${pct(t.maximumWithin)} under the statutory maximum up to the maximum, counted only where the statutory range reaches below that band (a fixed fine leaves no choice). An item clusters there when at least ${pct(t.clusterShare)} of at least ${t.minSample} such fines do (国发〔2024〕5号: no automatic top fines).`,
    ],
    [
      'Exemptions offered → used',
      'cases in which a 不予处罚 ground held, and of those the cases in which nothing was imposed.',
    ],
    [
      'Mitigations offered → used',
      "cases in which a 从轻/减轻 ground held, and of those the cases whose fine lies inside the ground's 从轻 band or below the statutory minimum (减轻).",
    ],
    [
      'Revision candidates',
      `a tier with at least ${pct(t.deviationShare)} of its fines above (or below) its range; an item clustering at the maximum; records the benchmark cannot decide (no tier or range); a tier holding at least ${pct(t.dominantShare)} of decisions; a tier never reached; a discretionary exemption used in fewer than ${pct(t.exemptionUseShare)} of its cases; an item never used. Shares count only over at least ${t.minSample} cases. Ranked by weight × share (docs/evaluation.md).`,
    ],
  ],
  footer: (synthetic, format) =>
    `${synthetic ? 'SYNTHETIC DATA (合成数据): not real decisions. ' : ''}Made by cailiang; the same figures are in the JSON and CSV reports (format ${format}).`,
  positions: {
    below: 'below the tier (deviation)',
    mitigated: 'below, by mitigation (从轻/减轻)',
    lower: 'lower third',
    middle: 'middle third',
    upper: 'upper third',
    above: 'above the tier (deviation)',
  },
  chart: {
    tierTitle: 'Tier shares (裁量阶次): penalty decisions per tier',
    tierDescription: (rows) =>
      `For the ${rows} items with most penalty decisions, the share of decisions in each tier, lightest tier first.`,
    tierLegend: ['lightest tier (从轻, 轻微…)', 'middle tiers', 'most severe tier (从重, 严重…)'],
    tierEmpty: 'No penalty decisions.',
    of: (part, all, share) => `${formatCount(part)} of ${formatCount(all)} (${share})`,
    ofCount: (part, all) => `${formatCount(part)} of ${formatCount(all)}`,
    positionTitle: 'Fine position within the tier range',
    positionDescription: (rows) =>
      `For the ${rows} tiers with most fines, where the fines imposed lie against the tier's range: below it, below it by a mitigation ground, in its lower, middle or upper third, above it.`,
    positionEmpty: 'No fines were compared with the benchmark.',
    deviationTitle: 'Deviation by item: fines outside the benchmark range',
    deviationDescription: (rows, minSample) =>
      `For the ${rows} items with the highest deviation rates (at least ${minSample} fines), the share of fines imposed below and above the benchmark's range.`,
    deviationLegend: ['below the range', 'above the range'],
    deviationEmpty: (minSample) => `No item has ${minSample} fines to compare.`,
    deviationTitleOf: (code, part, all, side, share) =>
      `${code}: ${formatCount(part)} of ${formatCount(all)} fines ${side} the range (${share})`,
  },
};

/**
 * The words of the evaluation report in a language.
 *
 * @param language - zh (default) or en
 * @returns the words
 * @example evaluationWords().title // '裁量基准后评估报告'
 */
export function evaluationWords(language: Language = 'zh'): EvaluationWords {
  return language === 'en' ? EN : ZH;
}

/**
 * A revision candidate's evidence in a language: `candidate.evidence` is English (it is the
 * evaluation's JSON, stable for machines); the officers who read the report and the command's
 * summary read Chinese.
 *
 * @param candidate - one of `evaluation.candidates`
 * @param evaluation - the evaluation it belongs to (the item and tier names)
 * @param language - zh (default) or en
 * @returns the evidence sentence
 * @example candidateEvidence(evaluation.candidates[0], evaluation) // 'FS-124-1-3“一般”阶次：61%的罚款高于该阶次幅度（49/80）'
 */
export function candidateEvidence(
  candidate: RevisionCandidate,
  evaluation: Evaluation,
  language: Language = 'zh',
): string {
  return evaluationWords(language).evidence(candidate, evaluation);
}
