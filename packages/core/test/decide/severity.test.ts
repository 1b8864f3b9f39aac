import { describe, expect, it } from 'vitest';
import { SANCTION_KINDS } from '../../src/index.js';
import type { Decision, SanctionKind } from '../../src/index.js';
import { compareSeverity } from '../../src/decide/severity.js';

/**
 * The kinds other than 罚款 in the order 行政处罚法 第九条 lists them, lightest first, written
 * out here rather than read from SANCTION_KINDS: compareSeverity takes its order from that list,
 * so a reordering of it must fail these tests, not follow along.
 */
const ARTICLE_9_ORDER: readonly SanctionKind[] = [
  'warning', // 警告
  'circulate-criticism', // 通报批评
  'confiscate-illegal-income', // 没收违法所得
  'confiscate-illegal-goods', // 没收非法财物
  'confiscate-tools', // 没收违法工具、设备、原料
  'suspend-licence', // 暂扣许可证件
  'lower-qualification', // 降低资质等级
  'revoke-licence', // 吊销许可证件
  'restrict-business', // 限制开展生产经营活动
  'suspend-business', // 责令停产停业
  'order-closure', // 责令关闭
  'restrict-practice', // 限制从业
  'detention', // 行政拘留
];

const penaltyWith = (kind: SanctionKind) => ({ outcome: 'penalty', sanctions: [{ kind }] }) as unknown as Decision;

describe('compareSeverity', () => {
  it('ranks the kinds other than 罚款 in the order of 行政处罚法 第九条', () => {
    ARTICLE_9_ORDER.forEach((lighter, i) => {
      ARTICLE_9_ORDER.forEach((other, j) => {
        expect(
          Math.sign(compareSeverity(penaltyWith(lighter), penaltyWith(other))),
          `${lighter} against ${other}`,
        ).toBe(Math.sign(i - j));
      });
    });
  });

  it('has a rank for every kind SANCTION_KINDS lists after 罚款, and no other', () => {
    expect(SANCTION_KINDS[0]).toBe('fine');
    expect(SANCTION_KINDS.slice(1)).toEqual(ARTICLE_9_ORDER);
  });

  it('holds the same penalty lighter when the agency may forgo it (可以不予行政处罚 on offer)', () => {
    const fine = { kind: 'fine', min: '2000', max: '3500' };
    const offered = {
      outcome: 'penalty',
      sanctions: [fine],
      exemption: { id: 'APL-33-1-first-violation', mandatory: false, citations: [] },
    } as unknown as Decision;
    const none = { outcome: 'penalty', sanctions: [fine], exemption: null } as unknown as Decision;
    expect(compareSeverity(offered, none)).toBeLessThan(0);
    expect(compareSeverity(none, offered)).toBeGreaterThan(0);
    expect(compareSeverity(none, none)).toBe(0);
  });

  it('ranks a lower fine maximum before an exemption on offer', () => {
    const offeredDearer = {
      outcome: 'penalty',
      sanctions: [{ kind: 'fine', min: '2000', max: '3500' }],
      exemption: { id: 'x', mandatory: false, citations: [] },
    } as unknown as Decision;
    const cheaper = {
      outcome: 'penalty',
      sanctions: [{ kind: 'fine', min: '500', max: '2000' }],
      exemption: null,
    } as unknown as Decision;
    expect(compareSeverity(cheaper, offeredDearer)).toBeLessThan(0);
  });
});
