import { describe, expect, it } from 'vitest';
import { benchmarkTable } from '@cailiang/core/render';
import type { RuleSet } from '@cailiang/core';
import { benchmarks } from '@cailiang/benchmarks';

/**
 * The statutory range each corrected item publishes (the 处罚依据 column), read against the
 * statute sentence it renders: the modality (可以) and the condition (拒不改正的, 情节特别严重的)
 * must survive into the published table. Each expected fragment is the statute's own word for
 * it, quoted in the case; docs/legal-review.md records the finding behind each.
 */
function publishedRange(ruleSet: RuleSet, code: string): string {
  const item = benchmarkTable(ruleSet).penalty.find((entry) => entry.code === code);
  if (item === undefined) throw new Error(`no item ${code} in ${ruleSet.id}`);
  return item.basis[item.basis.length - 1] as string;
}

describe('the published statutory range keeps the statute’s 可以', () => {
  it.each<[string, RuleSet, string, string]>([
    // 第八条 检查人员对…吸烟者，应当予以制止，并可处以十元罚款。
    ['JNSM-8-1', benchmarks['jinan-public-smoking'], '可以处十元罚款', '并可处以十元罚款'],
    // 广告法 第六十条第一款 …责令改正，可以处五万元以下的罚款。
    ['AL-60-1-A', benchmarks.advertising, '可以处五万元以下罚款', '可以处五万元以下的罚款'],
    ['AL-60-1-B', benchmarks.advertising, '可以处五万元以下罚款', '可以处五万元以下的罚款'],
    // 广告法 第六十条第二款 …由价格主管部门责令改正，可以处五万元以下的罚款 (the 价格主管部门's: referred).
    [
      'AL-60-2',
      benchmarks.advertising,
      '移送价格主管部门依法责令改正，可以处五万元以下的罚款',
      '可以处五万元以下的罚款',
    ],
    // 产品质量法 第六十七条第二款 …可以并处违法收入一倍以下的罚款…
    ['PQL-67-2', benchmarks['product-quality'], '可以处违法收入一倍以下罚款', '可以并处违法收入一倍以下的罚款'],
    // 水污染防治法 第九十四条第一款 …对造成重大或者特大水污染事故的，还可以报经有批准权的人民政府批准，责令关闭
    ['WPL-94-1', benchmarks['water-pollution'], '可以责令关闭', '还可以…责令关闭'],
    // 水污染防治法 第八十四条第二款 …逾期不拆除的，…处十万元以上五十万元以下的罚款；情节严重的，可以责令停产整治。
    ['WPL-84-2', benchmarks['water-pollution'], '可以责令停产整治', '可以责令停产整治'],
  ])('%s publishes 「%s」 (statute: 「%s」)', (code, ruleSet, fragment) => {
    expect(publishedRange(ruleSet, code)).toContain(fragment);
  });
});

describe('the published statutory range keeps the statute’s condition', () => {
  it('AIR-118-2: 「拒不改正的，予以关闭」 — the closure is published under the refusal, not unconditionally', () => {
    const text = publishedRange(benchmarks['air-pollution'], 'AIR-118-2');
    expect(text).toContain('；拒不改正的，予以关闭');
    expect(text).not.toMatch(/^责令改正，责令关闭/);
    // The condition reads as the statute: 拒不改正的, not the label 责令改正后拒不改正的.
    expect(text).not.toContain('责令改正后拒不改正');
  });

  it('AL-58-3: 第五十八条第三款 「情节严重的，…」 — the condition is not labelled as 第五十五条’s', () => {
    const text = publishedRange(benchmarks.advertising, 'AL-58-3');
    expect(text).toContain('情节严重（第五十五条为「有其他严重情节」）的，');
    expect(text).not.toContain('第五十五条：');
  });

  it('FSL-126-2: 第一百二十六条第二款 「由县级以上人民政府卫生行政部门依照前款规定给予处罚」 — referred as a whole', () => {
    expect(publishedRange(benchmarks['food-safety'], 'FSL-126-2')).toBe(
      '移送县级以上人民政府卫生行政部门依法给予第一百二十六条第一款规定的处罚',
    );
  });

  it.each(['FSL-126-1-1', 'FSL-126-1-13', 'FSL-126-4'])(
    '%s: 食品安全法 第一百二十六条 「给予警告；拒不改正的，处…罚款；情节严重的，责令停产停业，直至吊销许可证」',
    (code) => {
      // Written by hand from the statute sentence: the condition reads as the statute (拒不改正的), the
      // fact's label being the statute's words.
      expect(publishedRange(benchmarks['food-safety'], code)).toBe(
        '责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证',
      );
    },
  );

  it('PQL-56: 「情节特别严重的，吊销营业执照」 — never published as 情节严重的', () => {
    const text = publishedRange(benchmarks['product-quality'], 'PQL-56');
    expect(text).toMatch(/情节特别严重[^；]*的，吊销/);
    expect(text).not.toContain('情节严重的');
  });
});

describe('the published statutory range says the statute’s own measure (format v2 text)', () => {
  it.each<[string, string, RuleSet]>([
    // 产品质量法 第五十六条 「…拒不改正的，责令停业整顿；情节特别严重的，吊销营业执照。」
    ['PQL-56', '责令停业整顿', benchmarks['product-quality']],
    ['PQL-56', '吊销营业执照', benchmarks['product-quality']],
    // 产品质量法 第四十九条 「…情节严重的，吊销营业执照」
    ['PQL-49', '情节严重的，吊销营业执照', benchmarks['product-quality']],
    // 大气污染防治法 第一百条 「…拒不改正的，责令停产整治」
    ['AIR-100-1-1', '责令停产整治', benchmarks['air-pollution']],
    // 第一百一十五条 「…拒不改正的，责令停工整治」
    ['AIR-115-1-1', '责令停工整治', benchmarks['air-pollution']],
    // 第一百一十七条 「…拒不改正的，责令停工整治或者停业整治」
    ['AIR-117-1-1', '责令停工整治或者停业整治', benchmarks['air-pollution']],
    // 第一百一十八条第一款 「…拒不改正的，责令停业整治。」
    ['AIR-118-1', '责令停业整治', benchmarks['air-pollution']],
    // 水污染防治法 第八十二条 「…逾期不改正的，责令停产整治」
    ['WPL-82-1-1', '责令停产整治', benchmarks['water-pollution']],
    // 第八十九条第一款 「…逾期不改正的，责令船舶临时停航。」
    ['WPL-89-1', '责令船舶临时停航', benchmarks['water-pollution']],
    // 第九十二条 「…情节严重的，报经有批准权的人民政府批准，可以责令停业整顿」
    ['WPL-92-1', '可以责令停业整顿', benchmarks['water-pollution']],
  ])('%s publishes 「%s」', (code, fragment, ruleSet) => {
    const text = publishedRange(ruleSet, code);
    expect(text).toContain(fragment);
    expect(text).not.toContain('责令停产停业');
    expect(text).not.toContain('吊销许可证件');
  });
});

/**
 * Issue #17 (1): 吊销营业执照 ≠ 吊销许可证, and 撤销/取消…资格 are neither. Each fragment is the statute's
 * own words, quoted in the rule YAML beside the sanction; the kind's label 吊销许可证件 must not stand
 * in for them.
 */
describe('the published statutory range names the licence as the statute does', () => {
  it.each<[string, RuleSet, string]>([
    // 广告法 第五十五条第一款 「…可以吊销营业执照」
    ['AL-55-1', benchmarks.advertising, '可以吊销营业执照'],
    // 广告法 第五十七条 「情节严重的，并可以吊销营业执照」 (广告主; 广告经营者、广告发布者)
    // (可以: the statute's 并可以 — the published text printed a bare 「情节严重的，吊销营业执照」, a revocation it does not require)
    ['AL-57-1-1-A', benchmarks.advertising, '情节严重的，可以吊销营业执照'],
    ['AL-57-1-1-B', benchmarks.advertising, '情节严重的，可以吊销营业执照'],
    // 广告法 第五十八条第一款 「情节严重的，…可以吊销营业执照」
    ['AL-58-1-1', benchmarks.advertising, '可以吊销营业执照'],
    ['AL-58-1-14', benchmarks.advertising, '可以吊销营业执照'],
    // 食品安全法 第一百二十三条、第一百二十四条 「情节严重的，吊销许可证」
    ['FSL-123-1-1', benchmarks['food-safety'], '吊销许可证'],
    ['FSL-124-1-3', benchmarks['food-safety'], '吊销许可证'],
    ['FSL-124-1-3', benchmarks['food-safety-2025'], '吊销许可证'],
    // 食品安全法 第一百二十五条 「情节严重的，责令停产停业，直至吊销许可证」
    ['FSL-125-1-1', benchmarks['food-safety'], '直至吊销许可证'],
    ['FSL-125-1-1', benchmarks['food-safety-2025'], '直至吊销许可证'],
    // 产品质量法 第五十七条第一款 「情节严重的，取消其检验资格、认证资格」
    ['PQL-57-1-A', benchmarks['product-quality'], '取消其检验资格、认证资格'],
    // 产品质量法 第六十二条, 依照对销售者的处罚规定 「情节严重的，吊销营业执照」
    ['PQL-62-A', benchmarks['product-quality'], '吊销营业执照'],
    // 产品质量法 第六十七条第二款 「情节严重的，撤销其质量检验资格」
    ['PQL-67-2', benchmarks['product-quality'], '撤销其质量检验资格'],
  ])('%s publishes 「%s」, never 吊销许可证件', (code, ruleSet, fragment) => {
    const text = publishedRange(ruleSet, code);
    expect(text).toContain(fragment);
    expect(text).not.toContain('吊销许可证件');
  });
});

describe('the published statutory range keeps a statutory choice and its approval', () => {
  // 水污染防治法 第八十三条 「…情节严重的，报经有批准权的人民政府批准，责令停业、关闭」: one of two (停业 or 关闭),
  // lawful only with the people's government's approval — as WPL-83-1-1 publishes it, never two sanctions.
  it.each<[string, RuleSet]>([
    ['WPL-83-1-1', benchmarks['water-pollution']],
    ['JM-2-8', benchmarks['jiangmen-ecology-2020']],
  ])('%s: 「报经有批准权的人民政府批准，责令停业或者责令关闭」 as one choice', (code, ruleSet) => {
    const text = publishedRange(ruleSet, code);
    expect(text).toContain('报经有批准权的人民政府批准');
    expect(text).toMatch(/责令停业或者责令关闭/u);
    expect(text).not.toMatch(/责令停业[，、]责令关闭/u);
  });
});
