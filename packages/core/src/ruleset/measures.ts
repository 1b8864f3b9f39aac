/**
 * What a statute orders besides 行政处罚: measures that are not penalties (责令改正, 责令限期拆除,
 * 收缴, 强制拆除…, 行政处罚法 第二十八条 and the item's own law), and referrals to another
 * authority (移送公安机关 行政拘留, 报请人民政府, 建议任免机关 处分). Neither is a kind of 第九条:
 * decisions list them apart from the sanctions, and review never counts one as a missing penalty.
 */
import * as z from 'zod';
import { SANCTION_UNITS } from './sanction-kinds.js';
import { nonEmptyText } from './scalars.js';

/**
 * Measures that are not penalties. `correct` and `correct-within-period` are v1's; the rest are
 * v2: 责令拆除 and 责令限期拆除, 责令恢复原状, 责令停止建设, 收缴, 强制拆除 (an enforcement measure at the
 * violator's cost), 责令停止生产、销售, 撤销 (of an approval obtained by deception, 行政许可法
 * 第六十九条), and `other` for a measure the list does not name (its `label` then says it).
 */
export const MEASURE_KINDS = [
  'correct',
  'correct-within-period',
  'demolish',
  'demolish-within-period',
  'restore',
  'stop-construction',
  'seize',
  'forced-demolition',
  'stop-production-sale',
  'revoke-approval',
  'other',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** The v1 measure kinds; any other kind needs format v2. */
export const V1_MEASURE_KINDS: readonly MeasureKind[] = ['correct', 'correct-within-period'];

/** The default Chinese wording of each measure kind (`other` has none: its label is required). */
export const MEASURE_LABELS: Readonly<Record<MeasureKind, string>> = Object.freeze({
  correct: '责令改正',
  'correct-within-period': '责令限期改正',
  demolish: '责令拆除',
  'demolish-within-period': '责令限期拆除',
  restore: '责令恢复原状',
  'stop-construction': '责令停止建设',
  seize: '收缴',
  'forced-demolition': '强制拆除',
  'stop-production-sale': '责令停止生产、销售',
  'revoke-approval': '撤销',
  other: '',
});

/** How a referral reaches the other authority: 移送, 报请, 建议, or a consequence it records (记分). */
export const REFERRAL_ACTIONS = ['transfer', 'report', 'recommend', 'consequence'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** The verb printed before the authority: 移送公安机关…, 报请人民政府…, 建议任免机关…, 由…记分. */
export const REFERRAL_VERBS: Readonly<Record<ReferralAction, string>> = Object.freeze({
  transfer: '移送',
  report: '报请',
  recommend: '建议',
  consequence: '由',
});

/** A period the statute fixes (三年内不受理, 五年内禁止): a whole number of days, months or years. */
export const periodSchema = z.strictObject({ length: z.int().min(1), unit: z.enum(SANCTION_UNITS) });

/** One member of a statutory 「或者」 among measures (责令改正或者限制生产、停产整治). */
export const measureAlternativeSchema = z.strictObject({ kind: z.enum(MEASURE_KINDS), label: nonEmptyText.optional() });

/**
 * A referral's own range (拘留 十日以上十五日以下): whole days, months or years; decided by the other
 * authority, so it is printed, never narrowed by this item's tiers.
 */
export const referralRangeSchema = z.strictObject({ min: z.int().min(0), max: z.int().min(0).optional() });

/**
 * A measure offered as one member of a statutory choice among sanctions: 「责令拆除或者关闭」
 * (水污染防治法 第九十一条第一款) — the officer orders this measure or imposes the sanction, one of them.
 * Its `text` is the statute's word for it.
 */
export const measureChoiceSchema = z.strictObject({ measure: z.enum(MEASURE_KINDS), text: nonEmptyText.optional() });
