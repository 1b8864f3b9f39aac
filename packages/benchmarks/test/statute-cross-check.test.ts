import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '@cailiang/core';
import { parse as parseYaml } from 'yaml';
import { findAmountPhrases } from './support/chinese-amounts.js';
import { crossCheckRuleSet } from './support/cross-check.js';
import { ruleFiles } from '../../../test-support/rule-files.js';
import { loadStatutes, provisionText, statuteOf } from './support/statutes.js';

const statutes = loadStatutes();
const FSL = '中华人民共和国食品安全法';

describe('the statute texts', () => {
  it('are read into articles, paragraphs and items', () => {
    const fsl = statutes.get(FSL)!;
    expect(fsl.articles.get(124)!.paragraphs).toHaveLength(3);
    expect(fsl.articles.get(124)!.paragraphs[0]!.items.filter(Boolean)).toHaveLength(9);
    expect(fsl.articles.get(126)!.paragraphs[0]!.items.filter(Boolean)).toHaveLength(13);
    expect(provisionText(fsl, { article: 124, paragraph: 1, item: 3 })).toContain(
      '（三）生产经营超范围、超限量使用食品添加剂的食品',
    );
  });

  it('follow 「依照前款规定」 and 「依照第一款规定」 to the paragraph that states the amounts', () => {
    const fsl = statutes.get(FSL)!;
    expect(provisionText(fsl, { article: 124, paragraph: 2 })).toContain('并处五万元以上十万元以下罚款');
    expect(provisionText(fsl, { article: 126, paragraph: 4 })).toContain('处五千元以上五万元以下罚款');
    expect(() => provisionText(fsl, { article: 124, paragraph: 4 })).toThrow(/no paragraph 4/);
    expect(() => provisionText(fsl, { article: 124, paragraph: 1, item: 10 })).toThrow(/no item 10/);
  });
});

/**
 * Rule sets whose basis law has no verbatim text with a named source in the statutes folder, and
 * which law: the cross-check cannot read it, and says so here rather than passing silently. Each
 * entry is checked both ways: the law must really be absent (adding its text ends the exemption),
 * and the set must cite it.
 */
const STATUTES_NOT_IN_REPOSITORY: Readonly<Record<string, readonly string[]>> = {
  // 深城管规〔2023〕2号 cites the 2023 revision of the regulation; only the table's own quotation of it
  // is in the repository (sources/shenzhen-city-management-discretion-2023.md).
  'shenzhen-city-management-2023.rules.yaml': ['深圳经济特区市容和环境卫生管理条例'],
};

describe('each edition is checked against its own text', () => {
  const versions = ruleFiles().filter(({ slug }) => slug === 'food-safety' || slug === 'food-safety-2025');

  it('a rule set citing 食品安全法 edition 2025-09-12 reads food-safety-law-2025.md, 2021-04-29 the 2021 text', () => {
    expect(statuteOf(statutes, { title: FSL, edition: '2025-09-12' })?.file).toBe('food-safety-law-2025.md');
    expect(statuteOf(statutes, { title: FSL, edition: '2021-04-29' })?.file).toBe('food-safety-law-2021.md');
    // A title without an edition file of that year falls back to the text of that title.
    expect(statuteOf(statutes, { title: FSL, edition: '2019-01-01' })?.file).toBe('food-safety-law-2021.md');
  });

  it('the 2025 text has 第一百三十二条第二款至第四款 and 婴幼儿配方液态乳 in 第一百二十四条（六）（七）; the 2021 text has neither', () => {
    const fsl2025 = statuteOf(statutes, { title: FSL, edition: '2025-09-12' })!;
    const fsl2021 = statuteOf(statutes, { title: FSL, edition: '2021-04-29' })!;
    expect(fsl2025.articles.get(132)!.paragraphs).toHaveLength(4);
    expect(fsl2021.articles.get(132)!.paragraphs).toHaveLength(1);
    expect(provisionText(fsl2025, { article: 132, paragraph: 2 })).toContain('还应当处五万元以上五十万元以下罚款');
    // 「依照前款规定」 brings 第一款's amounts in.
    expect(provisionText(fsl2025, { article: 132, paragraph: 2 })).toContain('并处一万元以上五万元以下罚款');
    expect(provisionText(fsl2025, { article: 124, paragraph: 1, item: 7 })).toContain('婴幼儿配方液态乳');
    expect(provisionText(fsl2021, { article: 124, paragraph: 1, item: 7 })).not.toContain('婴幼儿配方液态乳');
  });

  it('the 2025 version checked against the 2021 text fails: its new paragraphs do not exist there', () => {
    const file = versions.find(({ slug }) => slug === 'food-safety-2025')!;
    const ruleSet = loadRuleSet(file.text, { source: file.file });
    const as2021 = loadRuleSet({
      ...JSON.parse(JSON.stringify(ruleSet)),
      laws: { ...ruleSet.laws, FSL: { title: FSL, edition: '2021-04-29' } },
    });
    const problems = crossCheckRuleSet(as2021, statutes, file.file).problems;
    expect(problems.some((problem) => /FSL-132-3 basis .*no paragraph 3/.test(problem))).toBe(true);
    expect(crossCheckRuleSet(ruleSet, statutes, file.file).problems).toEqual([]);
  });
});

describe('every shipped rule set states the law as the statute does', () => {
  const files = ruleFiles();
  it('there are rule sets to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const { file, text } of files) {
    it(file, () => {
      const absent = STATUTES_NOT_IN_REPOSITORY[file] ?? [];
      for (const title of absent) expect(statutes.has(title), `${title} is in the statutes folder now`).toBe(false);
      const result = crossCheckRuleSet(loadRuleSet(text, { source: file }), statutes, file, {
        absent: new Set(absent),
      });
      expect(result.problems).toEqual([]);
      expect(result.unread).toEqual([...absent].sort());
      if (absent.length === 0) expect(result.checks).toBeGreaterThan(0);
    });
  }

  it('lists only shipped rule sets as reading no statute', () => {
    const names = new Set(files.map(({ file }) => file));
    for (const file of Object.keys(STATUTES_NOT_IN_REPOSITORY)) expect(names.has(file), file).toBe(true);
  });
});

/** A one-item rule set citing 食品安全法 第一百二十四条第一款第（三）项, with `change` applied. */
function fsl124(change: (item: Record<string, any>) => void = () => {}) {
  const item: Record<string, any> = {
    code: 'T-124-1-3',
    name: '生产经营超范围、超限量使用食品添加剂的食品',
    kind: 'penalty',
    violates: [{ law: 'FSL', article: 34, item: 4 }],
    basis: [{ law: 'FSL', article: 124, paragraph: 1, item: 3 }],
    statutory: {
      fine: [
        {
          when: { all: [{ fact: goodsValue, operator: 'lessThan', value: 10000 }] },
          range: { min: '50000', max: '100000' },
        },
        {
          when: { all: [{ fact: goodsValue, operator: 'greaterThanInclusive', value: 10000 }] },
          multiple: { of: goodsValue, min: '10', max: '20' },
        },
      ],
      with: [
        { kind: 'confiscate-illegal-income', of: 'illegalIncome' },
        { kind: 'confiscate-illegal-goods' },
        { kind: 'confiscate-tools', optional: true },
      ],
      also: [{ kind: 'revoke-licence' }],
    },
    tiers: [{ level: 'general', label: '一般', fine: { band: 'all' } }],
  };
  change(item);
  return loadRuleSet({
    format: 'cailiang.rule-set/v1',
    id: 'test.cross-check',
    version: '1',
    title: 'cross-check test',
    issuer: 'test',
    document: 'test',
    effective: { from: '2021-04-29' },
    policy: { fineBands: { all: ['0', '1'] } },
    laws: { FSL: { title: FSL, edition: '2021-04-29' } },
    facts: { goodsValue: { type: 'money', label: '货值金额' }, illegalIncome: { type: 'money', label: '违法所得' } },
    items: [item],
  });
}
const goodsValue = 'goodsValue';

describe('the cross-check catches a wrong number', () => {
  it('passes the correct encoding', () => {
    const result = crossCheckRuleSet(fsl124(), statutes);
    expect(result.problems).toEqual([]);
    expect(result.checks).toBe(13); // violates; the basis' 款; range and its modality; multiple, its modality and its base; 2 thresholds; 3 with; 1 also
  });

  it.each<[string, (item: Record<string, any>) => void, RegExp]>([
    [
      'a wrong maximum',
      (item) => (item['statutory'].fine[0].range.max = '200000'),
      /statutory\.fine\[0\]\.range 50000–200000 yuan: no fine of that shape/,
    ],
    [
      'a wrong minimum',
      (item) => (item['statutory'].fine[0].range.min = '5000'),
      /statutory\.fine\[0\]\.range 5000–100000 yuan/,
    ],
    [
      'a maximum-only shape where the statute has a minimum',
      (item) => (item['statutory'].fine[0].range.min = '0'),
      /range –100000 yuan/,
    ],
    [
      'a minimum-only shape where the statute has a maximum',
      (item) => {
        delete item['statutory'].fine[0].range.max;
        item['tiers'][0].fine = { range: { min: '50000', max: '60000' } }; // bands need a max
      },
      /range 50000– yuan/,
    ],
    [
      'a wrong multiple',
      (item) => (item['statutory'].fine[1].multiple.max = '25'),
      /statutory\.fine\[1\]\.multiple 10–25 times/,
    ],
    [
      'the range of another article (第一百二十三条)',
      (item) => (item['statutory'].fine[0].range = { min: '100000', max: '150000' }),
      /range 100000–150000 yuan/,
    ],
    [
      'the wrong boundary (不足一万元 read as 一万元以下)',
      (item) => (item['statutory'].fine[0].when.all[0].operator = 'lessThanInclusive'),
      /goodsValue lessThanInclusive 10000 is not a threshold/,
    ],
    [
      'a wrong threshold',
      (item) => (item['statutory'].fine[1].when.all[0].value = 20000),
      /goodsValue greaterThanInclusive 20000 is not a threshold/,
    ],
    [
      'a sanction the provision does not name',
      (item) => item['statutory'].also.push({ kind: 'detention', range: { min: '5', max: '15' }, unit: 'day' }),
      /detention is not named/,
    ],
    [
      'a violated provision that does not exist',
      (item) => (item['violates'] = [{ law: 'FSL', article: 34, item: 14 }]),
      /violates\[0\]: .* has no item 14/,
    ],
    [
      'a basis that does not exist',
      (item) => (item['basis'] = [{ law: 'FSL', article: 124, paragraph: 1, item: 12 }]),
      /has no item 12/,
    ],
  ])('fails on %s', (_, change, message) => {
    const result = crossCheckRuleSet(fsl124(change), statutes);
    expect(result.problems.join('\n')).toMatch(message);
  });

  it('fails on an article of several paragraphs cited without its 款 (第一百二十四条 has three)', () => {
    const ruleSet = fsl124((item) => (item['basis'] = [{ law: 'FSL', article: 124 }]));
    expect(crossCheckRuleSet(ruleSet, statutes).problems).toContainEqual(
      expect.stringMatching(
        /basis\[0\]: 《中华人民共和国食品安全法》 article 124 has 3 paragraphs \(款\): cite the paragraph/,
      ),
    );
    const violated = fsl124((item) => (item['violates'] = [{ law: 'FSL', article: 63 }]));
    expect(crossCheckRuleSet(violated, statutes).problems).toEqual([
      expect.stringMatching(/violates\[0\]: .* article 63 has 5 paragraphs/),
    ]);
  });

  it('accepts a violated article cited whole where the basis names it whole (违反本法第十六条规定)', () => {
    const ruleSet = loadRuleSet({
      format: 'cailiang.rule-set/v1',
      id: 'test.cross-check.whole-article',
      version: '1',
      title: 'cross-check whole article',
      issuer: 'test',
      document: 'test',
      effective: { from: '2021-04-29' },
      policy: { fineBands: { all: ['0', '1'] } },
      laws: { AL: { title: '中华人民共和国广告法', edition: '2021-04-29' } },
      facts: {},
      items: [
        {
          code: 'T-58-1-1',
          name: '违反本法第十六条规定发布医疗、药品、医疗器械广告',
          kind: 'penalty',
          violates: [{ law: 'AL', article: 16 }],
          basis: [{ law: 'AL', article: 58, paragraph: 1, item: 1 }],
          tiers: [{ level: 'general', label: '一般', fine: { band: 'all' } }],
          // 第五十八条第一款 「…广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款」: an item
          // needs a sanction of its own (or a referral) to load.
          statutory: { fine: [{ range: { min: '200000', max: '1000000' } }] },
        },
      ],
    });
    expect(crossCheckRuleSet(ruleSet, statutes).problems.filter((p) => p.includes('款'))).toEqual([]);
  });

  it('fails on a multiple of the wrong base', () => {
    const ruleSet = fsl124((item) => (item['statutory'].fine[1].multiple.of = 'illegalIncome'));
    expect(crossCheckRuleSet(ruleSet, statutes).problems.join('\n')).toMatch(
      /the statute multiplies 货值金额, but fact "illegalIncome" is labelled "违法所得"/,
    );
  });

  it('fails on a wrong detention range (第一百二十三条: 五日以上十五日以下拘留)', () => {
    const ruleSet = fsl124((item) => {
      item['basis'] = [{ law: 'FSL', article: 123, paragraph: 1, item: 1 }];
      item['statutory'].fine[0].range = { min: '100000', max: '150000' };
      item['statutory'].fine[1].multiple = { of: goodsValue, min: '15', max: '30' };
      item['statutory'].also.push({ kind: 'detention', range: { min: '5', max: '10' }, unit: 'day', optional: true });
    });
    expect(crossCheckRuleSet(ruleSet, statutes).problems).toEqual([
      expect.stringMatching(
        /statutory\.also\[1\]\.range 5–10 day: no day range of that shape .* it states: 五日以上十五日以下/,
      ),
    ]);
  });
});

/** 广告法 第六十条第一款 「…责令改正，可以处五万元以下的罚款」 as a one-item rule set, fine `optional` or not. */
function al60(optional: boolean | undefined) {
  return loadRuleSet({
    format: 'cailiang.rule-set/v1',
    id: 'test.cross-check.modality',
    version: '1',
    title: 'cross-check modality test',
    issuer: 'test',
    document: 'test',
    effective: { from: '2021-04-29' },
    policy: { fineBands: { all: ['0', '1'] } },
    laws: { AL: { title: '中华人民共和国广告法', edition: '2021-04-29' } },
    facts: {},
    items: [
      {
        code: 'T-60-1',
        name: '未对广告内容进行核对',
        kind: 'penalty',
        violates: [{ law: 'AL', article: 34, paragraph: 2 }],
        basis: [{ law: 'AL', article: 60, paragraph: 1 }],
        statutory: { fine: [{ range: { min: '0', max: '50000' }, ...(optional === undefined ? {} : { optional }) }] },
        tiers: [{ level: 'general', label: '一般', fine: { band: 'all' } }],
      },
    ],
  });
}

describe('the cross-check reads the fine’s modality (可以处 / 处)', () => {
  it('passes 「可以处五万元以下的罚款」 encoded as an optional fine', () => {
    expect(crossCheckRuleSet(al60(true), statutes).problems).toEqual([]);
  });

  it('fails 「可以处」 encoded as a mandatory fine', () => {
    expect(crossCheckRuleSet(al60(undefined), statutes).problems).toEqual([
      expect.stringMatching(
        /statutory\.fine\[0\]: a mandatory fine, but the statute says 可以 \(五万元以下\): set optional: true/,
      ),
    ]);
  });

  it('reads 「处警告或者二十元以上二百元以下罚款」 as one member of a choice with the warning (道路交通安全法 第九十条)', () => {
    const rtsl = statutes.get('中华人民共和国道路交通安全法')!;
    const fines = findAmountPhrases(provisionText(rtsl, { article: 90 })).filter((phrase) => phrase.role === 'fine');
    expect(fines.map((phrase) => [phrase.text, phrase.optional, phrase.orWarning])).toEqual([
      ['二十元以上二百元以下', undefined, true],
    ]);
    const required = findAmountPhrases(provisionText(rtsl, { article: 93, paragraph: 2 })).filter(
      (phrase) => phrase.role === 'fine',
    );
    expect(required.map((phrase) => [phrase.text, phrase.optional, phrase.orWarning])).toEqual([
      ['二十元以上二百元以下', undefined, undefined],
    ]);
  });

  it('fails 「警告或者罚款」 encoded as a required fine alone, and a warning choice the statute does not give', () => {
    const source = ruleFiles().find(({ slug }) => slug === 'xinjiang-road-traffic-2025');
    const data = parseYaml(source?.text ?? '') as any;
    const problems = () => crossCheckRuleSet(loadRuleSet(data), statutes).problems.join('\n');
    expect(problems()).toBe('');
    const row17 = data.items.find((entry: { code: string }) => entry.code === 'XJ-10181');
    delete row17.statutory.fine[0].alternatives;
    expect(problems()).toMatch(/XJ-10181 statutory\.fine\[0\]: a mandatory fine, but the statute says 警告或者罚款/);
    row17.statutory.fine[0].alternatives = [{ kind: 'warning' }];
    // 第九十三条第二款 「…处二十元以上二百元以下罚款」: no 警告或者, so no choice with the warning.
    data.items.at(-1).statutory.fine[0].alternatives = [{ kind: 'warning' }];
    expect(problems()).toMatch(/the fine is a choice with 警告, but the statute says no 警告或者/);
  });

  it('fails 「并处」 encoded as an optional fine (食品安全法 第一百二十四条第一款第（三）项)', () => {
    const ruleSet = fsl124((item) => (item['statutory'].fine[0].optional = true));
    expect(crossCheckRuleSet(ruleSet, statutes).problems).toEqual([
      expect.stringMatching(
        /statutory\.fine\[0\]: an optional fine, but the statute requires it \(五万元以上十万元以下\): no 可以/,
      ),
    ]);
  });
});
