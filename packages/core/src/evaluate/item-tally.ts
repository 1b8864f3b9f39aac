import type { FineSanction } from '../decide/decision.js';
import type { Decimal } from '../money/decimal.js';
import { decimalOf } from '../money/decimal-memo.js';
import type { Imposed } from '../review/imposed.js';
import type { ReviewResult } from '../review/review.js';
import { byKey } from './keyed.js';
import { FineTally } from './fine-tally.js';
import type { FineState } from './fine-tally.js';
import type { CatalogueItem } from './item-catalogue.js';
import { atMaximum, finePosition, maximumBand } from './position.js';
import { normaliseReason, ReasonCounter } from './reason-counter.js';
import type { ReasonState } from './reason-counter.js';

/** A ground the benchmark offered (exemption or mitigation), counted. */
export interface OfferedTally {
  mandatory: boolean | null;
  offered: number;
  used: number;
  reduced: number;
}

/** A tier's counts: cases that reached it and the fines imposed in them. */
export interface TierTally {
  readonly label: string;
  cases: number;
  readonly fines: FineTally;
}

/** An {@link ItemTally} as plain data, to send to another thread and merge there. */
export interface ItemState {
  readonly code: string;
  readonly cases: number;
  readonly withoutFine: number;
  readonly deviationsWithoutReasons: number;
  readonly errors: readonly (readonly [string, number])[];
  readonly outcomes: readonly (readonly [string, number])[];
  readonly verdicts: { readonly pass: number; readonly warn: number; readonly fail: number };
  readonly findings: readonly (readonly [string, number])[];
  readonly tiers: readonly (readonly [
    string,
    { readonly label: string; readonly cases: number; readonly fines: FineState },
  ])[];
  readonly maximum: { readonly compared: number; readonly atMaximum: number };
  readonly exemptions: readonly (readonly [string, OfferedTally])[];
  readonly mitigations: readonly (readonly [string, OfferedTally])[];
  readonly reasons: ReasonState;
}

/**
 * Everything counted for one item, one decided record at a time. Its size depends on the rule
 * set (tiers, grounds, finding and error codes) and the reason capacity, never on the number of
 * records: the evaluation keeps no record.
 */
export class ItemTally {
  cases = 0;
  withoutFine = 0;
  deviationsWithoutReasons = 0;
  readonly errors = new Map<string, number>();
  readonly outcomes = new Map<string, number>();
  readonly verdicts = { pass: 0, warn: 0, fail: 0 };
  readonly findings = new Map<string, number>();
  readonly tiers = new Map<string, TierTally>();
  readonly maximum = { compared: 0, atMaximum: 0 };
  readonly exemptions = new Map<string, OfferedTally>();
  readonly mitigations = new Map<string, OfferedTally>();
  readonly reasons: ReasonCounter;

  /**
   * @param item - the item, with its tiers in order (so that tiers never reached are listed too)
   * @param reasonCapacity - distinct deviation reasons tracked
   * @param maximumWithin - the fraction of the statutory maximum that counts as "at" it
   */
  constructor(
    readonly item: CatalogueItem,
    reasonCapacity: number,
    private readonly maximumWithin: Decimal,
  ) {
    this.reasons = new ReasonCounter(reasonCapacity);
    for (const tier of item.tiers) this.tiers.set(tier.level, { label: tier.label, cases: 0, fines: new FineTally() });
  }

  /** Counts a record that could not be decided. */
  addError(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  /**
   * Counts one decided record.
   *
   * @param result - the legality review of the record (it holds the benchmark's decision)
   * @param imposed - what the officer imposed, as read by `readImposed`
   */
  add(result: ReviewResult, imposed: Imposed): void {
    const { decision } = result;
    this.cases++;
    bump(this.outcomes, decision.outcome);
    this.verdicts[result.verdict]++;
    for (const code of new Set(result.findings.map((finding) => finding.code))) bump(this.findings, code);
    if (decision.exemption !== null) {
      // Used: the officer imposed nothing, as the exemption allows (or, if mandatory, requires).
      offer(
        this.exemptions,
        decision.exemption.id,
        decision.exemption.mandatory,
        imposed.sanctions.length === 0,
        false,
      );
    }
    if (decision.outcome !== 'penalty' || decision.tier === null) return;

    const tier = this.tierOf(String(decision.tier.level), decision.tier.label);
    tier.cases++;
    const fine = decision.sanctions.find((sanction): sanction is FineSanction => sanction.kind === 'fine');
    const imposedFine = imposed.sanctions.find((sanction) => sanction.kind === 'fine' && sanction.amount !== undefined);
    const amount = imposedFine === undefined ? undefined : decimalOf(imposedFine.amount as string);
    for (const adjustment of decision.adjustments) {
      // A table rule (适用规则) already shaped the fine range: only 从轻或者减轻 grounds are counted as used.
      if (adjustment.kind !== 'mitigation') continue;
      const reduced =
        amount !== undefined &&
        adjustment.reduced !== undefined &&
        amount.lessThan(decimalOf(adjustment.reduced.max)) &&
        amount.greaterThanOrEqualTo(decimalOf(adjustment.reduced.min));
      // Used: the fine is in the 从轻 band the ground opens, or below the statutory minimum (减轻).
      const used =
        amount !== undefined &&
        (reduced || (adjustment.range !== undefined && amount.lessThanOrEqualTo(decimalOf(adjustment.range.max))));
      offer(this.mitigations, adjustment.ground, adjustment.mandatory, used, reduced);
    }
    if (fine === undefined) return;
    if (amount === undefined) {
      this.withoutFine++;
      return;
    }
    const position = finePosition(amount, fine, decision.adjustments);
    tier.fines.add(position, amount);
    if (position === 'below' || position === 'above') {
      const reason = normaliseReason(imposed.reasons);
      if (reason === '') this.deviationsWithoutReasons++;
      else this.reasons.add(reason);
    }
    const band = maximumBand(fine.statutory, this.maximumWithin);
    if (band !== undefined) {
      this.maximum.compared++;
      if (atMaximum(amount, band)) this.maximum.atMaximum++;
    }
  }

  /** The tally as plain data, keyed counts in the order of their keys. */
  state(): ItemState {
    return {
      code: this.item.code,
      cases: this.cases,
      withoutFine: this.withoutFine,
      deviationsWithoutReasons: this.deviationsWithoutReasons,
      errors: [...this.errors].sort(byKey),
      outcomes: [...this.outcomes].sort(byKey),
      verdicts: { ...this.verdicts },
      findings: [...this.findings].sort(byKey),
      tiers: [...this.tiers].map(
        ([level, tier]) => [level, { label: tier.label, cases: tier.cases, fines: tier.fines.state() }] as const,
      ),
      maximum: { ...this.maximum },
      exemptions: [...this.exemptions].sort(byKey).map(([id, tally]) => [id, { ...tally }] as const),
      mitigations: [...this.mitigations].sort(byKey).map(([id, tally]) => [id, { ...tally }] as const),
      reasons: this.reasons.state(),
    };
  }

  /** Adds the counts of another tally of the same item (from another thread). */
  merge(state: ItemState): void {
    this.cases += state.cases;
    this.withoutFine += state.withoutFine;
    this.deviationsWithoutReasons += state.deviationsWithoutReasons;
    for (const [key, n] of state.errors) bump(this.errors, key, n);
    for (const [key, n] of state.outcomes) bump(this.outcomes, key, n);
    for (const [key, n] of state.findings) bump(this.findings, key, n);
    for (const verdict of ['pass', 'warn', 'fail'] as const) this.verdicts[verdict] += state.verdicts[verdict];
    for (const [level, tier] of state.tiers) {
      const own = this.tierOf(level, tier.label);
      own.cases += tier.cases;
      own.fines.merge(tier.fines);
    }
    this.maximum.compared += state.maximum.compared;
    this.maximum.atMaximum += state.maximum.atMaximum;
    for (const [own, other] of [
      [this.exemptions, state.exemptions],
      [this.mitigations, state.mitigations],
    ] as const) {
      for (const [id, tally] of other) mergeOffered(own, id, tally);
    }
    this.reasons.merge(state.reasons);
  }

  /** The item's fines: its tiers' tallies added up. */
  fines(): FineTally {
    const total = new FineTally();
    for (const tier of this.tiers.values()) total.merge(tier.fines);
    return total;
  }

  /** Penalty decisions, of all tiers. */
  get penaltyCases(): number {
    let cases = 0;
    for (const tier of this.tiers.values()) cases += tier.cases;
    return cases;
  }

  private tierOf(level: string, label: string): TierTally {
    let tier = this.tiers.get(level);
    if (tier === undefined) {
      // A level no catalogued version lists cannot occur, but a tally never drops a case.
      tier = { label, cases: 0, fines: new FineTally() };
      this.tiers.set(level, tier);
    }
    return tier;
  }
}

function bump(counts: Map<string, number>, key: string, n = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

function mergeOffered(tallies: Map<string, OfferedTally>, id: string, other: OfferedTally): void {
  const own = tallies.get(id);
  if (own === undefined) {
    tallies.set(id, { ...other });
    return;
  }
  if (own.mandatory !== other.mandatory) own.mandatory = null;
  own.offered += other.offered;
  own.used += other.used;
  own.reduced += other.reduced;
}

function offer(
  tallies: Map<string, OfferedTally>,
  id: string,
  mandatory: boolean,
  used: boolean,
  reduced: boolean,
): void {
  let tally = tallies.get(id);
  if (tally === undefined) {
    tally = { mandatory, offered: 0, used: 0, reduced: 0 };
    tallies.set(id, tally);
  } else if (tally.mandatory !== mandatory) {
    tally.mandatory = null;
  }
  tally.offered++;
  if (used) tally.used++;
  if (reduced) tally.reduced++;
}
