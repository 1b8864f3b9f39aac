/**
 * Type-level tests of the public types: what the compiler lets a caller write. Run by
 * `vitest run` (typecheck enabled in vitest.config.ts); a failure is a type error, not a
 * runtime one.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  BenchmarkCitation,
  CorrectionOrderedDecision,
  Decision,
  Eligibility,
  Engine,
  Exemption,
  FineSanction,
  Issue,
  IssueCode,
  LicensingDecision,
  NoPenaltyDecision,
  OtherSanction,
  PenaltyDecision,
  ProvisionCitation,
  ReferredDecision,
  ResolvedCitation,
  Sanction,
  TimeBarredDecision,
} from '../../src/index.js';

describe('Decision', () => {
  it('is a union discriminated by outcome', () => {
    expectTypeOf<Decision>().toEqualTypeOf<
      | PenaltyDecision
      | NoPenaltyDecision
      | TimeBarredDecision
      | CorrectionOrderedDecision
      | ReferredDecision
      | LicensingDecision
    >();
    expectTypeOf<Decision['outcome']>().toEqualTypeOf<
      'penalty' | 'no-penalty' | 'time-barred' | 'correction-ordered' | 'referred' | 'licensing'
    >();
  });

  it('gives a penalty decision its tier and a no-penalty decision its exemption', () => {
    const read = (decision: Decision) => {
      if (decision.outcome === 'penalty')
        expectTypeOf(decision.tier).toEqualTypeOf<{ readonly level: string | number; readonly label: string }>();
      if (decision.outcome === 'no-penalty') expectTypeOf(decision.exemption).toEqualTypeOf<Exemption>();
      if (decision.outcome === 'time-barred' || decision.outcome === 'correction-ordered') {
        expectTypeOf(decision.tier).toEqualTypeOf<null>();
        expectTypeOf(decision.exemption).toEqualTypeOf<null>();
      }
    };
    expectTypeOf(read).parameter(0).toEqualTypeOf<Decision>();
  });

  it('has eligibility on licensing decisions only', () => {
    expectTypeOf<LicensingDecision['eligibility']>().toEqualTypeOf<Eligibility | undefined>();
    expectTypeOf<PenaltyDecision>().not.toHaveProperty('eligibility');
    // @ts-expect-error eligibility is not a property of every decision: narrow on outcome first
    const eligibility = (decision: Decision) => decision.eligibility;
    expectTypeOf(eligibility).toBeFunction();
  });

  it('is what Engine.decide returns', () => {
    expectTypeOf<Engine['decide']>().returns.toEqualTypeOf<Decision>();
  });
});

describe('Sanction', () => {
  it('tells the fine from the other sanctions by kind', () => {
    const fineOf = (sanction: Sanction) => (sanction.kind === 'fine' ? sanction : undefined);
    expectTypeOf(fineOf).returns.toEqualTypeOf<FineSanction | undefined>();
    expectTypeOf<FineSanction['min']>().toEqualTypeOf<string>();
    expectTypeOf<OtherSanction['kind']>().not.toEqualTypeOf<'fine'>();
  });
});

describe('ResolvedCitation', () => {
  it('is a provision or the benchmark, by role', () => {
    expectTypeOf<ResolvedCitation>().toEqualTypeOf<ProvisionCitation | BenchmarkCitation>();
    const read = (citation: ResolvedCitation) => (citation.role === 'benchmark' ? citation.document : citation.article);
    expectTypeOf(read).returns.toEqualTypeOf<string | number>();
  });
});

describe('Issue', () => {
  it('has a code from the IssueCode union', () => {
    expectTypeOf<Issue['code']>().toEqualTypeOf<IssueCode>();
    expectTypeOf<'unknown_key'>().toMatchTypeOf<IssueCode>();
    // @ts-expect-error an issue code outside the vocabulary is refused
    const unknown: Issue = { code: 'no_such_code', path: '', message: 'x' };
    expectTypeOf(unknown).toEqualTypeOf<Issue>();
  });
});
