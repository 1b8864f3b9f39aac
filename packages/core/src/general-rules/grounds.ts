import type { Citation } from '../citation/types.js';
import { penaltyLaw } from '../citation/general-laws.js';
import type { Party } from '../case/types.js';
import type { FactValues } from '../facts/types.js';
import type { CircumstanceName } from './circumstances.js';

/** What a general rule does when it holds. */
export type GroundEffect =
  /** 不予行政处罚 */
  | 'no-penalty'
  /** 从轻或者减轻行政处罚 */
  | 'mitigation'
  /** 可以不予行政处罚: the agency may exempt; the decision offers it, never imposes it. */
  | 'exemption-offered';

/** One general rule of the Administrative Penalty Law (spec §3). */
export interface GeneralRule {
  /** Stable id, used in decisions and traces. */
  readonly id: string;
  readonly effect: GroundEffect;
  /** 应当 (true) or 可以 (false). */
  readonly mandatory: boolean;
  readonly citation: Citation;
  /** What the rule says, in the statute's words, for explanations. */
  readonly label: string;
  /** The circumstances (and party fields) it reads, for the trace. */
  readonly reads: readonly (CircumstanceName | 'party.age')[];
  /** Holds only on established facts: an absent circumstance never satisfies `=== false`. */
  holds(party: Party | undefined, facts: FactValues): boolean;
}

const isTrue = (facts: FactValues, name: CircumstanceName) => facts[name] === true;

/**
 * The general rules in the order spec §3 applies them: no-penalty grounds first, then
 * mitigation, then discretionary exemptions. Quoted from 中华人民共和国行政处罚法 (2021).
 */
export const GENERAL_RULES: readonly GeneralRule[] = Object.freeze([
  {
    id: 'APL-30-under-14',
    effect: 'no-penalty',
    mandatory: true,
    citation: penaltyLaw(30),
    label: '不满十四周岁的未成年人有违法行为的，不予行政处罚',
    reads: ['party.age'],
    holds: (party) => party?.age !== undefined && party.age < 14,
  },
  {
    id: 'APL-31-no-capacity',
    effect: 'no-penalty',
    mandatory: true,
    citation: penaltyLaw(31),
    label: '精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚',
    reads: ['capacity'],
    holds: (_party, facts) => facts['capacity'] === 'none',
  },
  {
    id: 'APL-33-1-minor-corrected',
    effect: 'no-penalty',
    mandatory: true,
    citation: penaltyLaw(33, 1),
    label: '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚',
    reads: ['minorViolation', 'correctedInTime', 'harmfulConsequence'],
    holds: (_party, facts) =>
      isTrue(facts, 'minorViolation') && isTrue(facts, 'correctedInTime') && facts['harmfulConsequence'] === false,
  },
  {
    id: 'APL-33-2-no-fault',
    effect: 'no-penalty',
    mandatory: true,
    citation: penaltyLaw(33, 2),
    label: '当事人有证据足以证明没有主观过错的，不予行政处罚',
    reads: ['noFault'],
    holds: (_party, facts) => isTrue(facts, 'noFault'),
  },
  {
    id: 'APL-30-minor',
    effect: 'mitigation',
    mandatory: true,
    citation: penaltyLaw(30),
    label: '已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚',
    reads: ['party.age'],
    holds: (party) => party?.age !== undefined && party.age >= 14 && party.age < 18,
  },
  {
    id: 'APL-31-limited-capacity',
    effect: 'mitigation',
    mandatory: false,
    citation: penaltyLaw(31),
    label: '尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人有违法行为的，可以从轻或者减轻行政处罚',
    reads: ['capacity'],
    holds: (_party, facts) => facts['capacity'] === 'limited',
  },
  mitigationItem(1, 'eliminatedHarm', '主动消除或者减轻违法行为危害后果的'),
  mitigationItem(2, 'coerced', '受他人胁迫或者诱骗实施违法行为的'),
  mitigationItem(3, 'confessedUnknown', '主动供述行政机关尚未掌握的违法行为的'),
  mitigationItem(4, 'meritorious', '配合行政机关查处违法行为有立功表现的'),
  {
    id: 'APL-33-1-first-violation',
    effect: 'exemption-offered',
    mandatory: false,
    citation: penaltyLaw(33, 1),
    label: '初次违法且危害后果轻微并及时改正的，可以不予行政处罚',
    reads: ['firstViolation', 'minorHarm', 'correctedInTime'],
    holds: (_party, facts) =>
      isTrue(facts, 'firstViolation') && isTrue(facts, 'minorHarm') && isTrue(facts, 'correctedInTime'),
  },
] satisfies GeneralRule[]);

/** 第三十二条第（n）项: 应当从轻或者减轻. */
function mitigationItem(item: number, circumstance: CircumstanceName, label: string): GeneralRule {
  return {
    id: `APL-32-${item}-${circumstance}`,
    effect: 'mitigation',
    mandatory: true,
    citation: penaltyLaw(32, undefined, item),
    label: `当事人${label}，应当从轻或者减轻行政处罚`,
    reads: [circumstance],
    holds: (_party, facts) => isTrue(facts, circumstance),
  };
}

/** The result of one general rule for one case, as the trace records it. */
export interface GroundResult {
  readonly rule: GeneralRule;
  readonly holds: boolean;
  /** The values the rule read; `null` where not established. */
  readonly saw: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * Evaluates every general rule on a case.
 *
 * @returns one result per rule, in the order of {@link GENERAL_RULES}
 */
export function evaluateGeneralRules(party: Party | undefined, facts: FactValues): GroundResult[] {
  return GENERAL_RULES.map((rule) => ({ rule, holds: rule.holds(party, facts), saw: valuesRead(rule, party, facts) }));
}

/**
 * The values a general rule reads, as its trace shows them: `null` where not established.
 *
 * @example valuesRead(rule, { kind: 'individual', age: 16 }, facts) // { 'party.age': 16 }
 */
export function valuesRead(rule: GeneralRule, party: Party | undefined, facts: FactValues): GroundResult['saw'] {
  const saw: Record<string, string | number | boolean | null> = {};
  for (const name of rule.reads) {
    const value = name === 'party.age' ? party?.age : facts[name];
    saw[name] = value === undefined ? null : (value as string | number | boolean);
  }
  return saw;
}
