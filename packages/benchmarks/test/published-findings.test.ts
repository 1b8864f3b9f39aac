import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createEngine, loadRuleSet } from '@cailiang/core';
import { lint } from '@cailiang/core/lint';
import { review } from '@cailiang/core/review';
import { benchmarks } from '@cailiang/benchmarks';
import { REPO_ROOT, RULES_DIR } from '../../../test-support/rule-files.js';

/**
 * Where an agency's published table and its statute disagree, the rule file records the finding and
 * the encoding never silently fixes the table (sources/README.md lists them per table). These tests
 * pin each finding: the row that contradicts the statute is shown to fail lint exactly as published,
 * and the rows encoded by the statute's words are shown to decide what the statute says.
 */

const shenzhen = benchmarks['shenzhen-city-management-2023'];
const xinjiang = benchmarks['xinjiang-road-traffic-2025'];
const SHENZHEN_FILE = new URL('shenzhen-city-management-2023.rules.yaml', RULES_DIR);

/** 深城管规〔2023〕2号 序号 27 exactly as the table publishes it (source 核对 1), in the shipped set's frame. */
function shenzhen27AsPublished(): Record<string, unknown> {
  const data = parse(readFileSync(SHENZHEN_FILE, 'utf8')) as Record<string, unknown>;
  const row = (level: number, label: string, when: unknown, amount: string) => ({
    level,
    label,
    when,
    fine: { range: { min: amount, max: amount } },
  });
  const prior = (operator: string, value: number) => ({ all: [{ fact: 'priorPenalties', operator, value }] });
  return {
    ...data,
    items: [
      {
        code: 'SZ-27',
        name: '垃圾转运站未配备视频监控设备，或未保证视频监控设备正常运行，或未将监控信息接入环卫作业信息化管理平台',
        kind: 'penalty',
        violates: [{ law: 'SZCR', article: 65, paragraph: 3 }],
        basis: [{ law: 'SZCR', article: 65, paragraph: 4 }],
        orders: [{ kind: 'correct' }],
        // 第六十五条 「违反第三款规定的，由市、区城管和综合执法部门责令改正，处二千元以上五千元以下罚款。」
        statutory: { fine: [{ range: { min: '2000', max: '5000' } }] },
        tiers: [
          row(1, '情节较轻', prior('equal', 0), '1000'), // 「第一次被处罚的。」→「处一千元罚款。」
          row(2, '情节较重', prior('equal', 1), '3000'),
          row(3, '情节严重', prior('greaterThanInclusive', 2), '5000'),
        ],
      },
    ],
  };
}

describe('深城管规〔2023〕2号 序号 27: 「处一千元罚款」 below 第六十五条’s 二千元', () => {
  it('lint reports the published row as leaving the statutory range', () => {
    const errors = lint(shenzhen27AsPublished()).filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.code, finding.path])).toEqual([
      ['tier-exceeds-statutory', expect.stringMatching(/^items\[0\]\.tiers\[0\]/)],
    ]);
    expect(errors[0]?.message).toMatch(/1000/);
  });

  it('the same row at the statutory minimum lints clean — the finding is the 一千元, nothing else', () => {
    const corrected = shenzhen27AsPublished();
    const item = (corrected['items'] as Record<string, any>[])[0]!;
    item['tiers'][0].fine = { range: { min: '2000', max: '2000' } };
    expect(lint(corrected).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('is not shipped, and the rule file says why', () => {
    expect(shenzhen.items.map((item) => item.code)).not.toContain('SZ-27');
    expect(readFileSync(SHENZHEN_FILE, 'utf8')).toMatch(/序号 27[\s\S]*CONTRADICTS ITS STATUTE/);
  });
});

describe('the statute’s words where the table’s differ', () => {
  const engine = createEngine([shenzhen, xinjiang]);
  const dates = { act: '2025-06-01', discovered: '2025-06-01', decision: '2025-06-20' };
  const sz12 = (approvedLargeAd: boolean) =>
    engine.decide({
      item: 'SZ-12',
      party: { kind: 'organization' },
      facts: {
        notCorrectedByDeadline: true,
        priorPenalties: 2,
        obstructedStaff: false,
        disruptedWork: false,
        graveImpact: false,
        approvedLargeAd,
      },
      dates,
    } as never);

  it('序号 12: 吊销 only for an approved 大型户外广告设施 (第三十三条), though the table’s 情节严重 row revokes for any', () => {
    expect(sz12(true).sanctions.map((sanction) => sanction.kind)).toEqual(['fine', 'revoke-licence']);
    expect(sz12(false).sanctions.map((sanction) => sanction.kind)).toEqual(['fine']);
  });

  it('序号 3: a refusal that is not 情节严重 has no row (核对 2); the statute’s 每平方米一千元 alone, without 没收', () => {
    const sz3 = (priorPenalties: number) =>
      engine.decide({
        item: 'SZ-3',
        party: { kind: 'individual' },
        facts: {
          refusedToCorrect: true,
          priorPenalties,
          obstructedStaff: false,
          disruptedWork: false,
          graveImpact: false,
          occupiedArea: '4',
        },
        dates,
      } as never);
    // 第十八条第三款: 4平方米 × 一千元 = 4000元; 「情节严重的，并处没收…」 only at the table's one row.
    const plain = sz3(0);
    expect(plain.outcome === 'penalty' && plain.tier.label).toBe('拒不改正（表中无此档，依第十八条第三款）');
    expect(plain.sanctions.map((sanction) => [sanction.kind, 'min' in sanction ? sanction.min : ''])).toEqual([
      ['fine', '4000'],
    ]);
    expect(sz3(2).sanctions.map((sanction) => sanction.kind)).toEqual([
      'fine',
      'confiscate-illegal-goods',
      'confiscate-tools',
    ]);
  });

  it('序号 4: 「并没收设置的架空管线」 goes with every fine, though no row of the table names it', () => {
    const item = shenzhen.items.find((entry) => entry.code === 'SZ-4');
    expect(item?.kind === 'penalty' && item.statutory.with).toEqual([
      { kind: 'confiscate-illegal-goods', text: '没收设置的架空管线' },
    ]);
  });

  it('新公规〔2025〕1号 row 42 (1039): no warning, though the row marks 「可警告」 — 第九十三条第二款 fines only', () => {
    const item = xinjiang.items.find((entry) => entry.code === 'XJ-1039');
    expect(item?.kind).toBe('penalty');
    if (item?.kind !== 'penalty') return;
    expect(item.statutory.fine?.[0]?.optional).toBeUndefined();
    expect([...(item.statutory.with ?? []), ...(item.statutory.also ?? [])]).toEqual([]);
  });

  // 适用规则第四条（三）第二句 「…再次违反涉及可以吊销、拘留的违法行为，应当依法予以吊销或拘留」: the officer is asked
  // by the fact's label, so the label must say what is repeated and that the table sets no period (the officer
  // decides) — a bare 「再次违反」 would make the detention required on any earlier record.
  it('第四条（三）第二句: the 再次违反 fact names the sentence’s object and says the table fixes no period', () => {
    const label = xinjiang.facts?.repeatViolation?.label ?? '';
    expect(label).toContain('再次违反涉及可以吊销、拘留的违法行为');
    expect(label).toContain('表中未规定间隔期限');
    expect(label).toContain('由执法人员');
  });

  it('第九十条 rows: 「处警告或者…罚款」 — the fine is required and carries the warning as its alternative, never 「可以并处」', () => {
    const rows = xinjiang.items.filter(
      (item) => item.kind === 'penalty' && item.basis.some((citation) => citation.article === 90),
    );
    expect(rows).toHaveLength(25);
    for (const item of rows) {
      if (item.kind !== 'penalty') continue;
      expect(item.statutory.fine?.[0]?.optional, item.code).toBeUndefined();
      expect(item.statutory.fine?.[0]?.alternatives, item.code).toEqual([{ kind: 'warning' }]);
      expect(item.statutory.with ?? [], item.code).toEqual([]);
      expect(item.tiers[0]?.label, item.code).toContain('可警告：第九十条 处警告或者罚款，择一');
    }
  });

  it('第九十七条 rows: 「由公安机关交通管理部门强制拆除，予以收缴」 are required orders of the same authority, citing 第九十七条', () => {
    const rows = xinjiang.items.filter(
      (item) => item.kind === 'penalty' && item.basis.some((citation) => citation.article === 97),
    );
    expect(rows).toHaveLength(8);
    for (const item of rows) {
      if (item.kind !== 'penalty') continue;
      expect(item.orders, item.code).toEqual([
        { kind: 'forced-demolition', basis: [{ law: 'RTSL', article: 97 }] },
        { kind: 'seize', basis: [{ law: 'RTSL', article: 97 }] },
      ]);
      expect(item.statutory.fine?.[0]?.optional, item.code).toBeUndefined();
    }
  });
});

describe('新公规〔2025〕1号 reviewed by the statute’s words (第九十条, 第九十七条)', () => {
  const engine = createEngine([xinjiang]);
  const kase = (item: string) => ({
    item,
    party: { kind: 'individual' },
    facts: {
      causedAccident: false,
      maliciousAndSerious: false,
      onSiteAdjustment: 'none',
      accidentWithResponsibility: false,
      repeatViolation: false,
    },
    dates: { act: '2025-06-01', discovered: '2025-06-01', decision: '2025-06-20' },
  });
  const codes = (item: string, sanctions: { kind: string; amount?: string }[], measures?: { kind: string }[]) =>
    review(
      engine,
      kase(item) as never,
      {
        sanctions,
        ...(measures === undefined ? {} : { measures }),
        hearingOffered: true,
        reasons: '',
      } as never,
    ).findings.map((finding) => finding.code);

  it('XJ-10181 (第九十条 「处警告或者…罚款」): a warning alone or the guiding fine alone; both, or neither, is flagged', () => {
    expect(codes('XJ-10181', [{ kind: 'warning' }])).not.toContain('missing-mandatory-sanction');
    expect(codes('XJ-10181', [{ kind: 'warning' }])).not.toContain('sanction-not-authorised');
    expect(codes('XJ-10181', [{ kind: 'fine', amount: '60' }])).not.toContain('missing-mandatory-sanction');
    expect(codes('XJ-10181', [{ kind: 'fine', amount: '60' }, { kind: 'warning' }])).toContain(
      'alternatives-cumulated',
    );
    expect(codes('XJ-10181', [])).toContain('missing-mandatory-sanction');
  });

  it('XJ-10111 (第九十七条): 强制拆除 and 收缴 are required measures — listing neither is flagged', () => {
    const fine = [{ kind: 'fine', amount: '200' }];
    expect(codes('XJ-10111', fine, [{ kind: 'forced-demolition' }, { kind: 'seize' }])).not.toContain(
      'missing-mandatory-measure',
    );
    expect(codes('XJ-10111', fine, [])).toContain('missing-mandatory-measure');
  });
});

describe('the fixtures of the two tables list every sanction a decision imposes', () => {
  // The fixture matcher treats `expect.sanctions` as a subset; here the kinds must be exactly those
  // expected, so a 吊销 or a warning the table does not give cannot slip into a decision unnoticed.
  for (const slug of ['shenzhen-city-management-2023', 'xinjiang-road-traffic-2025'] as const) {
    const file = new URL(`packages/fixtures/cases/${slug}.fixtures.yaml`, REPO_ROOT);
    const document = parse(readFileSync(file, 'utf8')) as { cases: { name: string; case: unknown; expect: any }[] };
    const engine = createEngine([loadRuleSet(readFileSync(new URL(`${slug}.rules.yaml`, RULES_DIR), 'utf8'))]);
    for (const fixture of document.cases) {
      const expected = fixture.expect.sanctions as { kind: string; optional?: boolean }[] | undefined;
      if (expected === undefined) continue;
      it(`${slug}: ${fixture.name}`, () => {
        const decision = engine.decide(fixture.case as never);
        const kinds = (list: readonly { kind: string; optional?: boolean }[]) =>
          list.map((sanction) => `${sanction.kind}${sanction.optional === true ? ' (optional)' : ''}`).sort();
        expect(kinds(decision.sanctions as never)).toEqual(kinds(expected));
      });
    }
  }
});
