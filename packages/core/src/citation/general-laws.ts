import type { Citation, LawDeclaration } from './types.js';

/**
 * Laws that general rules cite whatever the rule set declares. Their citations name the law in
 * full (spec §3), so a rule set need not list them in `laws`.
 */
export const GENERAL_LAWS = Object.freeze({
  /** 中华人民共和国行政处罚法, as revised 2021-01-22 (in force 2021-07-15). */
  APL: Object.freeze({ title: '中华人民共和国行政处罚法', edition: '2021-01-22' }),
  /** 中华人民共和国行政许可法, as amended 2019-04-23. */
  ALL: Object.freeze({ title: '中华人民共和国行政许可法', edition: '2019-04-23' }),
} satisfies Record<string, LawDeclaration>);

export type GeneralLawKey = keyof typeof GENERAL_LAWS;

/** A provision of the Administrative Penalty Law (行政处罚法). */
export function penaltyLaw(article: number, paragraph?: number, item?: number): Citation {
  return {
    law: 'APL',
    article,
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(item === undefined ? {} : { item }),
  };
}

/** A provision of the Administrative Licensing Law (行政许可法). */
export function licensingLaw(article: number, paragraph?: number): Citation {
  return { law: 'ALL', article, ...(paragraph === undefined ? {} : { paragraph }) };
}
