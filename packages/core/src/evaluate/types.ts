/**
 * The shape of a post-evaluation (后评估): what `evaluate` returns and what the JSON report holds.
 * Counts are whole numbers; shares are decimal strings with four places (`"0.6125"`), amounts
 * are exact decimal strings (`"1234500"`); a share of nothing is `null`, never 0.
 */

/** The format tag of an evaluation, as the JSON report carries it. */
export const EVALUATION_FORMAT = 'cailiang.evaluation/v1';

/**
 * Where an imposed fine lies against the benchmark's range for its case:
 * - `below` — under the tier's range and under every range a mitigation ground offered (a deviation);
 * - `mitigated` — under the tier's range but inside the 从轻 band or the 减轻 range a ground offered;
 * - `lower` / `middle` / `upper` — the thirds of the tier's range (the middle third includes its
 *   edges; a range of one amount counts as `middle`);
 * - `above` — over the tier's range (a deviation).
 */
export type FinePosition = 'below' | 'mitigated' | 'lower' | 'middle' | 'upper' | 'above';

export const FINE_POSITIONS: readonly FinePosition[] = ['below', 'mitigated', 'lower', 'middle', 'upper', 'above'];

export type PositionCounts = Readonly<Record<FinePosition, number>>;

/** Fines imposed, compared with the benchmark: how many, their positions, their sum and extremes. */
export interface FineSummary {
  /** Fines compared: penalty decisions whose benchmark sets a fine and whose officer imposed one. */
  readonly count: number;
  readonly positions: PositionCounts;
  /** Sum, smallest and largest of the fines imposed (null when none). */
  readonly total: string;
  readonly min: string | null;
  readonly max: string | null;
  /** Fines outside the benchmark's range (`below` + `above`), and their share of `count`. */
  readonly deviations: number;
  readonly deviationRate: string | null;
}

/** One tier (裁量阶次) of an item: how often cases reached it, and where its fines fell. */
export interface TierEvaluation {
  readonly level: string;
  readonly label: string;
  /** Penalty decisions in this tier. */
  readonly cases: number;
  /** Its share of the item's penalty decisions. */
  readonly share: string | null;
  readonly fines: FineSummary;
}

/** A reason officers gave for a fine outside the benchmark's range, and how often. */
export interface ReasonCount {
  readonly reason: string;
  readonly count: number;
}

/** Deviations from the benchmark's range (imposed outside it), and the reasons given. */
export interface DeviationSummary {
  readonly count: number;
  readonly rate: string | null;
  readonly above: number;
  readonly below: number;
  /** Deviations whose decision states no reasons at all. */
  readonly withoutReasons: number;
  /**
   * The most frequent reasons, most frequent first. Exact when `reasonsExact`; otherwise the item
   * had more distinct reasons than the evaluation tracks (Space-Saving, Metwally et al. 2005) and
   * the counts are estimates, off by about `reasonsError` at most.
   */
  readonly topReasons: readonly ReasonCount[];
  readonly reasonsExact: boolean;
  readonly reasonsError: number;
}

/** A ground for 不予处罚 (exemption) or 从轻/减轻 (mitigation) that the benchmark offered, and its use. */
export interface OfferedSummary {
  readonly id: string;
  /** 应当 (true) or 可以 (false); null when the ground was seen both ways (several versions). */
  readonly mandatory: boolean | null;
  /** Cases in which the ground held. */
  readonly offered: number;
  /** Of those, cases in which the officer used it (see docs/evaluation.md for each kind). */
  readonly used: number;
  readonly usedShare: string | null;
  /** Mitigations only: fines below the statutory minimum (减轻). */
  readonly reduced?: number;
}

/** Fines against the statutory maximum (国发〔2024〕5号: no automatic top fines). */
export interface MaximumSummary {
  /**
   * Fines compared whose statutory range has a maximum and reaches below the band at it (a fixed
   * fine leaves no choice, so it is not counted).
   */
  readonly compared: number;
  /** Of those, fines within `maximumWithin` of the maximum (and not above it). */
  readonly atMaximum: number;
  readonly share: string | null;
  /** True when `share ≥ clusterShare` and `compared ≥ minSample`. */
  readonly cluster: boolean;
}

/** Everything measured for one item (违法行为) of the rule sets. */
export interface ItemEvaluation {
  readonly code: string;
  readonly name: string;
  readonly ruleSet: string;
  readonly kind: 'penalty' | 'licensing';
  /** Records decided for this item. */
  readonly cases: number;
  /** Records naming this item that could not be decided, by error code. */
  readonly errors: Readonly<Record<string, number>>;
  readonly outcomes: Readonly<Record<string, number>>;
  /** Legality-review verdicts of the decisions (法制审核). */
  readonly verdicts: Readonly<Record<'pass' | 'warn' | 'fail', number>>;
  /** Decisions with each review finding. */
  readonly findings: Readonly<Record<string, number>>;
  /** Tiers in the rule set's order; levels only older versions had come last. */
  readonly tiers: readonly TierEvaluation[];
  readonly tiersNeverReached: readonly string[];
  readonly fines: FineSummary;
  /** Penalty decisions whose benchmark sets a fine but whose officer imposed none. */
  readonly withoutFine: number;
  readonly deviation: DeviationSummary;
  readonly maximum: MaximumSummary;
  readonly exemptions: readonly OfferedSummary[];
  readonly mitigations: readonly OfferedSummary[];
}

/** Kinds of revision candidate, strongest evidence of a problem with the rule first. */
export type CandidateKind =
  | 'cluster-at-maximum'
  | 'above-range'
  | 'below-range'
  | 'undecidable'
  | 'dominant-tier'
  | 'tier-never-reached'
  | 'exemption-unused'
  | 'item-never-used';

/** An item or tier that the evidence suggests revising (立改废释), with that evidence. */
export interface RevisionCandidate {
  /** 1 for the strongest. */
  readonly rank: number;
  readonly kind: CandidateKind;
  readonly item: string;
  readonly tier?: string;
  /** The exemption ground, for `exemption-unused`. */
  readonly ground?: string;
  /** The cases that show it, out of `of`. */
  readonly count: number;
  readonly of: number;
  /** `weight(kind) × strength`, four places: the ranking key (docs/evaluation.md). */
  readonly score: string;
  /** One sentence: `tier 一般 of FS-124-1-3: 61% of fines imposed above its range (49 of 80)`. */
  readonly evidence: string;
}

/** A record that could not be decided, kept as an example (the first few only). */
export interface ErrorSample {
  /** The record's number (1-based; a line number when read from NDJSON). */
  readonly record: number;
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/** The thresholds an evaluation used, as decimal strings (see {@link EvaluateOptions}). */
export interface EvaluationThresholds {
  readonly minSample: number;
  readonly deviationShare: string;
  readonly maximumWithin: string;
  readonly clusterShare: string;
  readonly dominantShare: string;
  readonly exemptionUseShare: string;
}

/** Where the records came from. */
export interface EvaluationSource {
  /** A file name, or a description (`synthetic: 1000 records, seed 7`). */
  readonly name: string;
  /** Set when the records were generated here: the generator's seed. */
  readonly seed?: number;
}

/** A post-evaluation of rule sets over decision records. */
export interface Evaluation {
  readonly format: typeof EVALUATION_FORMAT;
  readonly source: EvaluationSource | null;
  readonly ruleSets: readonly {
    readonly id: string;
    readonly version: string;
    readonly title: string;
    readonly digest: string;
  }[];
  readonly thresholds: EvaluationThresholds;
  readonly records: {
    readonly total: number;
    readonly decided: number;
    readonly errors: number;
    /** Records marked `synthetic: true` (generated, not real decisions). */
    readonly synthetic: number;
  };
  readonly errors: {
    readonly byCode: Readonly<Record<string, number>>;
    readonly samples: readonly ErrorSample[];
  };
  readonly items: readonly ItemEvaluation[];
  /** Items of the rule sets that no record decided. */
  readonly itemsNeverUsed: readonly string[];
  readonly candidates: readonly RevisionCandidate[];
}

/** Thresholds and limits of an evaluation; every one is stated in the report. */
export interface EvaluateOptions {
  /** Fewest cases (or fines) behind a share before it can make a revision candidate (default 10). */
  readonly minSample?: number;
  /** Share of a tier's fines above (or below) its range that makes a candidate (default "0.25"). */
  readonly deviationShare?: string;
  /** A fine at or above `max × (1 − maximumWithin)` is "at the maximum" (default "0.01"). */
  readonly maximumWithin?: string;
  /** Share of an item's fines at the maximum that makes a cluster (default "0.5"). */
  readonly clusterShare?: string;
  /** A tier holding at least this share of an item's cases makes a candidate (default "0.9"). */
  readonly dominantShare?: string;
  /** A discretionary exemption used in fewer than this share of its cases makes a candidate (default "0.1"). */
  readonly exemptionUseShare?: string;
  /** Distinct deviation reasons tracked per item (default 32): memory stays flat however many records. */
  readonly reasonCapacity?: number;
  /** Undecidable records kept as examples (default 20). */
  readonly errorSamples?: number;
  /** Told in the report. */
  readonly source?: EvaluationSource;
}

/** One decision record: the case and what the officer imposed, as `cailiang review --batch` reads them. */
export interface DecisionRecord {
  readonly case: unknown;
  readonly imposed: unknown;
  /** Marks a generated record: the report then says that its data are synthetic. */
  readonly synthetic?: boolean;
}
