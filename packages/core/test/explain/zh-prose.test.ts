import { describe, expect, it } from 'vitest';
import {
  countComparison,
  countText,
  enumLabel,
  negatedLabel,
  numberComparison,
  referenceComparison,
} from '../../src/explain/zh-prose.js';

// Expected sentences written by hand from the drafting conventions of the published benchmarks
// (以上/以下 include the number, 不足/超过 exclude it: 民法典 第一千二百五十九条).
const PRIOR = '两年内因同类违法行为受到行政处罚的次数';

describe('Chinese prose for conditions', () => {
  it('writes a count of 0 as 无 and a lower bound as 一次以上', () => {
    expect(countComparison(PRIOR, 'equal', 0)).toBe('无两年内因同类违法行为受到行政处罚的情形');
    expect(countComparison(PRIOR, 'lessThanInclusive', 0)).toBe('无两年内因同类违法行为受到行政处罚的情形');
    expect(countComparison(PRIOR, 'greaterThanInclusive', 1)).toBe('两年内因同类违法行为受到行政处罚一次以上');
    expect(countComparison(PRIOR, 'greaterThan', 0)).toBe('两年内因同类违法行为受到行政处罚一次以上');
    expect(countComparison(PRIOR, 'greaterThanInclusive', 2)).toBe('两年内因同类违法行为受到行政处罚两次以上');
    expect(countComparison(PRIOR, 'lessThan', 3)).toBe('两年内因同类违法行为受到行政处罚两次以下');
    expect(countComparison(PRIOR, 'greaterThanInclusive', 12)).toBe('两年内因同类违法行为受到行政处罚12次以上');
  });

  it('leaves counts it cannot word to the caller', () => {
    expect(countComparison('以拖延等方式拒绝、阻挠现场检查的时长（分钟）', 'greaterThan', 30)).toBeUndefined();
    expect(countComparison(PRIOR, 'greaterThan', 1.5)).toBeUndefined();
    expect(countText(11)).toBe('11');
  });

  it('writes numbers, dates and references in words', () => {
    expect(numberComparison({ type: 'number', label: '排放量（吨）' }, '排放量（吨）', 'greaterThan', '3')).toBe(
      '排放量（吨）超过3',
    );
    expect(numberComparison({ type: 'integer', label: '时长' }, '时长', 'greaterThanInclusive', '30')).toBe(
      '时长30以上',
    );
    expect(numberComparison({ type: 'date', label: '立案日期' }, '立案日期', 'lessThan', '2021-07-15')).toBe(
      '立案日期早于2021-07-15',
    );
    expect(referenceComparison('违法所得', 'greaterThanInclusive', '货值金额')).toBe('违法所得不低于货值金额');
  });

  it('negates a yes/no label as 无 / 未 / 不具有…情形', () => {
    expect(negatedLabel('有生产、经营污染物排放')).toBe('无生产、经营污染物排放');
    expect(negatedLabel('造成水污染')).toBe('未造成水污染');
    expect(negatedLabel('拒绝提供资料')).toBe('未拒绝提供资料');
    expect(negatedLabel('违法行为轻微')).toBe('不具有“违法行为轻微”情形');
    expect(negatedLabel('责令改正后拒不改正')).toBe('不具有“责令改正后拒不改正”情形');
  });

  it('drops the list of values from an enum label only when it is that list', () => {
    const harm = {
      type: 'enum' as const,
      label: '危害后果（无、轻微、严重）',
      values: ['none', 'minor', 'serious'],
      valueLabels: { none: '无', minor: '轻微', serious: '严重' },
    };
    expect(enumLabel(harm)).toBe('危害后果');
    expect(enumLabel({ ...harm, label: '危害后果（无／轻微／严重）' })).toBe('危害后果');
    expect(enumLabel({ ...harm, label: '危害后果（第五十六条）' })).toBe('危害后果（第五十六条）');
  });
});
