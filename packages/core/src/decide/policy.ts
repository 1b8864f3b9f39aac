/**
 * A rule set's `policy` read once: its bands as Decimals, rounding, tier and version selection.
 */
import { Decimal } from '../money/decimal.js';
import { DEFAULT_ROUNDING } from '../money/rounding.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { RuleSet } from '../ruleset/load.js';

/** A named band of a range, as fractions from its minimum (0) to its maximum (1). */
export interface Band {
  readonly name: string;
  readonly from: Decimal;
  readonly to: Decimal;
}

export type TierSelection = 'most-severe' | 'first' | 'unique';

/** A rule set's `policy`, with defaults filled in and numbers read once. */
export interface ResolvedPolicy {
  readonly bands: ReadonlyMap<string, Band>;
  readonly rounding: RoundingPolicy;
  /** Days and months are whole: the policy's rounding mode, at scale 0. */
  readonly wholeUnits: RoundingPolicy;
  /** Default most-severe: a case showing circumstances of several tiers takes the more severe. */
  readonly tierSelection: TierSelection;
  /** 从轻或者减轻: the band the fine narrows to, and the floor of the 减轻 option. */
  readonly mitigation: { readonly band: Band; readonly reducedFloor: Decimal } | undefined;
  readonly versionSelection: 'lex-mitior' | 'decision-date';
}

/** Reads a rule set's policy. References (band names) were checked when it was loaded. */
export function resolvePolicy(ruleSet: RuleSet): ResolvedPolicy {
  const policy = ruleSet.policy ?? {};
  const bands = new Map<string, Band>();
  for (const [name, band] of Object.entries(policy.fineBands ?? {})) {
    bands.set(name, { name, from: new Decimal(band[0]), to: new Decimal(band[1]) });
  }
  const mitigationBand = policy.mitigation === undefined ? undefined : bands.get(policy.mitigation.band);
  const rounding = policy.rounding ?? DEFAULT_ROUNDING;
  return {
    bands,
    rounding,
    wholeUnits: { scale: 0, mode: rounding.mode },
    tierSelection: policy.tierSelection ?? 'most-severe',
    mitigation:
      mitigationBand === undefined
        ? undefined
        : { band: mitigationBand, reducedFloor: new Decimal(policy.mitigation?.reducedFloor ?? '0') },
    versionSelection: policy.versionSelection ?? 'lex-mitior',
  };
}
