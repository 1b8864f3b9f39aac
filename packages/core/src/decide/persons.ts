/**
 * 双罚制: the sanction the statute puts on the unit's 直接负责的主管人员和其他直接责任人员, beside the
 * unit's own. 大气污染防治法 第一百二十二条第一款: 「对直接负责的主管人员和其他直接责任人员可以处上一
 * 年度从本企业事业单位取得收入百分之五十以下的罚款」. Each person is decided from their own facts
 * (their previous year's income from the unit), with the statutory range only — the benchmark's
 * tiers grade the unit's act, not a person's — cited to the 款 that provides it.
 */
import type { ResolvedCitation } from '../citation/types.js';
import type { CasePerson } from '../case/types.js';
import type { PersonFacts } from '../case/read-persons.js';
import { formatMoney } from '../money/money.js';
import type { Decimal } from '../money/decimal.js';
import type { RoundingPolicy } from '../money/rounding.js';
import type { PersonsData } from '../ruleset/schema.js';
import type { UnderConstruction } from '../internal/under-construction.js';
import { literalRange, multipleRange, rangeOf } from './amount-range.js';
import type { StatutoryRange } from './amount-range.js';
import type { FineSanction, TraceEntry } from './decision.js';
import type { WarningList } from './warning-messages.js';

/** The persons' sanction of an item, compiled: its citations and what each person must give. */
export interface CompiledPersons {
  readonly data: PersonsData;
  readonly citations: readonly ResolvedCitation[];
  readonly wanted: PersonFacts;
  /** The literal range (a fixed range per person), or the multiples of a person's fact. */
  readonly range: StatutoryRange;
}

/** One person's decision: who, the statute's words for them, their sanctions and the 款 cited. */
export interface PersonDecision {
  readonly name: string;
  /** Who the statute names (直接负责的主管人员和其他直接责任人员). */
  readonly text: string;
  readonly sanctions: readonly FineSanction[];
  readonly citations: readonly ResolvedCitation[];
}

/**
 * Compiles an item's `persons` block.
 *
 * @param label - the label of a declared fact (for messages: 上一年度从本单位取得的收入)
 */
export function compilePersons(
  data: PersonsData,
  citations: readonly ResolvedCitation[],
  label: (fact: string) => string,
): CompiledPersons {
  const { fine } = data;
  const facts = new Map<string, string>();
  if (fine.multiple !== undefined) facts.set(fine.multiple.of, label(fine.multiple.of));
  const range =
    fine.range !== undefined ? rangeOf(fine.range) : literalRange(fine.multiple?.min ?? '0', fine.multiple?.max);
  return { data, citations, wanted: { facts }, range };
}

/**
 * Decides each person the case names: the statutory range for them (a fixed range, or the
 * multiples of their own fact rounded inward like every computed bound), optional where the
 * statute says 可以.
 *
 * @param persons - the case's persons (undefined: the case names none, and the officer is told)
 * @param trace - receives one `person-fine` entry per person
 * @param warnings - receives `persons-not-decided` when the case names no person
 */
export function decidePersons(
  compiled: CompiledPersons,
  persons: readonly CasePerson[] | undefined,
  rounding: RoundingPolicy,
  trace: TraceEntry[] | undefined,
  warnings: WarningList,
): PersonDecision[] | undefined {
  if (persons === undefined) {
    warnings.add('persons-not-decided', { text: compiled.data.text, fineText: compiled.data.fine.text });
    return undefined;
  }
  const { fine } = compiled.data;
  return persons.map((person) => {
    const of = fine.multiple?.of;
    const base = of === undefined ? undefined : (person.facts[of] as Decimal);
    const statutory = base === undefined ? compiled.range : multipleRange(base, compiled.range, rounding);
    const sanction: UnderConstruction<FineSanction> = {
      kind: 'fine',
      min: formatMoney(statutory.min),
      max: formatMoney(statutory.max as Decimal),
      statutory:
        statutory.max === undefined
          ? { min: formatMoney(statutory.min) }
          : { min: formatMoney(statutory.min), max: formatMoney(statutory.max) },
    };
    if (of !== undefined && base !== undefined) {
      sanction.multiple = {
        of,
        base: formatMoney(base),
        min: formatMoney(compiled.range.min),
        max: formatMoney(compiled.range.max as Decimal),
      };
    }
    if (fine.optional === true) sanction.optional = true;
    trace?.push({
      step: 'person-fine',
      person: person.name,
      ...(of === undefined || base === undefined ? {} : { of, base: formatMoney(base) }),
      exact: {
        min: formatMoney(statutory.exactMin),
        ...(statutory.exactMax === undefined ? {} : { max: formatMoney(statutory.exactMax) }),
      },
      result: true,
    });
    return {
      name: person.name,
      text: compiled.data.text,
      sanctions: [sanction as FineSanction],
      citations: compiled.citations,
    };
  });
}
