/**
 * A reference to a provision: `{ law: FSL, article: 124, paragraph: 1, item: 3 }` is
 * 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项.
 */
export interface Citation {
  /** Short key of the law in the rule set's `laws` table. */
  readonly law: string;
  /** 条 */
  readonly article: number;
  /** 款 */
  readonly paragraph?: number;
  /** 项, written 第（三）项 */
  readonly item?: number;
  /** 目, written 第1目 */
  readonly subitem?: number;
}

/** A law as a rule set declares it: `FSL: { title: 中华人民共和国食品安全法, edition: "2021-04-29" }`. */
export interface LawDeclaration {
  /** The full title without book-title marks. */
  readonly title: string;
  /** The date of the edition cited (the revision in force), ISO. */
  readonly edition: string;
}

/** What a citation plays in a decision (spec §4). */
export type CitationRole = 'violates' | 'basis' | 'benchmark' | 'general-rule';

/** A provision of a law as a decision cites it: structured, and formatted in the official style. */
export interface ProvisionCitation {
  readonly role: Exclude<CitationRole, 'benchmark'>;
  /** `《中华人民共和国食品安全法》第一百二十四条第一款第（三）项` */
  readonly text: string;
  readonly law: string;
  readonly title: string;
  readonly edition: string;
  readonly article: number;
  readonly paragraph?: number;
  readonly item?: number;
  readonly subitem?: number;
}

/** The benchmark itself as a decision cites it: the 文号 of the benchmark document and the item code. */
export interface BenchmarkCitation {
  readonly role: 'benchmark';
  /** `示例市监规〔2024〕1号 FS-124-1-3` */
  readonly text: string;
  readonly document: string;
  readonly code: string;
}

/** A citation as a decision reports it: a provision of a law, or the benchmark (by `role`). */
export type ResolvedCitation = ProvisionCitation | BenchmarkCitation;
