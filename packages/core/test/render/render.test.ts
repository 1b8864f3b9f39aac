import { describe, expect, it } from 'vitest';
import { loadRuleSet, ruleSetDigest } from '../../src/index.js';
import { benchmarkTable, renderCsv, renderHtml, renderMarkdown } from '../../src/render/index.js';
import { exampleRuleSetText, minimalRuleSet } from '../../../../test-support/builders.js';
import { oddRuleSetWithLicensing } from '../../../../test-support/odd-rule-set.js';

const example = loadRuleSet(exampleRuleSetText());

describe('renderMarkdown', () => {
  it('writes the spec example as the published table', () => {
    expect(renderMarkdown(example)).toMatchInlineSnapshot(`
      "# 食品安全违法行为行政处罚裁量基准（示例）

      - **制定机关**：示例市市场监督管理局
      - **文号**：示例市监规〔2024〕1号
      - **施行日期**：自2024年3月1日起施行
      - **版本**：2024.1（example.samr.food-safety）

      ## 裁量规则

      1. 罚款阶次按法定幅度划分：从轻为最低的30%；一般为30%至70%；从重为最高的30%（百分比自法定最低罚款数额起算）
      2. 计算所得金额计至元，四舍五入
      3. 同时符合多个阶次所列情形的，适用较重的阶次
      4. 依法从轻或者减轻处罚的，罚款限于法定幅度最低的30%；减轻处罚的，在法定最低罚款数额以下确定罚款数额

      ## 行政处罚裁量基准

      | 序号 | 违法行为 | 违法依据 | 处罚依据 | 裁量阶次 | 适用情形 | 处罚标准 |
      | --- | --- | --- | --- | --- | --- | --- |
      | 1 | 生产经营超范围、超限量使用食品添加剂的食品（FS-124-1-3） | 《中华人民共和国食品安全法》第三十四条第（四）项 | 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项<br>没收违法所得、没收非法财物，并可以没收违法工具、设备、原料；货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证件 | 从轻 | 无两年内同类违法的情形，且危害后果为none | 货值金额不足一万元的，罚款五万元以上六万五千元以下；货值金额一万元以上的，罚款货值金额十倍以上十三倍以下 |
      |  |  |  |  | 一般 | 不具有其他阶次所列情形 | 货值金额不足一万元的，罚款六万五千元以上八万五千元以下；货值金额一万元以上的，罚款货值金额十三倍以上十七倍以下 |
      |  |  |  |  | 从重 | 两年内同类违法一次以上，或者危害后果为serious，或者以婴幼儿、学生等特定人群为主要消费对象 | 货值金额不足一万元的，罚款八万五千元以上十万元以下；货值金额一万元以上的，罚款货值金额十七倍以上二十倍以下 |
      |  |  |  |  | 情节严重 | 危害后果为serious，且两年内同类违法两次以上 | 货值金额不足一万元的，罚款八万五千元以上十万元以下；货值金额一万元以上的，罚款货值金额十七倍以上二十倍以下<br>并处吊销许可证件 |

      ## 行政许可事项

      | 序号 | 许可事项 | 设定依据 | 法定时限 | 承诺时限 | 许可条件 | 申请材料 |
      | --- | --- | --- | --- | --- | --- | --- |
      | 1 | 食品经营许可（新办）（LIC-FS-35） | 《中华人民共和国食品安全法》第三十五条<br>《中华人民共和国行政许可法》第四十二条第一款 | 二十个工作日；经本行政机关负责人批准，可以延长十个工作日，并应当将延长期限的理由告知申请人 | 十个工作日 |  |  |

      ## 不予处罚、从轻或者减轻处罚情形

      | 序号 | 违法行为 | 情形 | 处理 | 依据 |
      | --- | --- | --- | --- | --- |
      | 1 | 生产经营超范围、超限量使用食品添加剂的食品（FS-124-1-3） | 无两年内同类违法的情形，且危害后果为none或minor，且货值金额不足一千元，且及时改正 | 可以不予行政处罚 | 《中华人民共和国行政处罚法》第三十三条第一款 |

      <sub>由 cailiang 依据规则集 example.samr.food-safety 2024.1 生成，摘要 sha256:57faad67392b29da1716247443a889618c46508c1a424a715b7373231ff00b8a</sub>
      "
    `);
  });
});

describe('renderCsv', () => {
  it('writes the spec example as CSV with a BOM, CRLF and the machine layer', () => {
    const csv = renderCsv(example);
    expect(csv.startsWith('\uFEFF序号,违法行为,')).toBe(true);
    expect(csv.split('\r\n').every((line, index, lines) => index === lines.length - 1 || !line.includes('\r'))).toBe(
      true,
    );
    expect(csv.slice(1).replace(/\r\n/g, '\n')).toMatchInlineSnapshot(`
      "序号,违法行为,违法依据,处罚依据,裁量阶次,适用情形,处罚标准,事项编码,阶次代码,阶次名称,条件表达式,罚款标准,附加处罚,阶次罚种,阶次说明
      1,生产经营超范围、超限量使用食品添加剂的食品（FS-124-1-3）,《中华人民共和国食品安全法》第三十四条第（四）项,"《中华人民共和国食品安全法》第一百二十四条第一款第（三）项
      没收违法所得、没收非法财物，并可以没收违法工具、设备、原料；货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证件",从轻,无两年内同类违法的情形，且危害后果为none,货值金额不足一万元的，罚款五万元以上六万五千元以下；货值金额一万元以上的，罚款货值金额十倍以上十三倍以下,FS-124-1-3,lighter,从轻,priorViolations = 0 且 harm = none,{ band: lighter },,,
      ,,,,一般,不具有其他阶次所列情形,货值金额不足一万元的，罚款六万五千元以上八万五千元以下；货值金额一万元以上的，罚款货值金额十三倍以上十七倍以下,FS-124-1-3,general,一般,,{ band: general },,,
      ,,,,从重,两年内同类违法一次以上，或者危害后果为serious，或者以婴幼儿、学生等特定人群为主要消费对象,货值金额不足一万元的，罚款八万五千元以上十万元以下；货值金额一万元以上的，罚款货值金额十七倍以上二十倍以下,FS-124-1-3,heavier,从重,priorViolations >= 1 或 harm = serious 或 childrenFood = true,{ band: heavier },,,
      ,,,,情节严重,危害后果为serious，且两年内同类违法两次以上,"货值金额不足一万元的，罚款八万五千元以上十万元以下；货值金额一万元以上的，罚款货值金额十七倍以上二十倍以下
      并处吊销许可证件",FS-124-1-3,severe,情节严重,harm = serious 且 priorViolations >= 2,{ band: heavier },[ { kind: revoke-licence } ],,
      ,,,,,,,,,,,,,,
      #行政许可,,,,,,,,,,,,,,
      序号,许可事项,设定依据,法定时限,承诺时限,许可条件,申请材料,事项编码,,,,,,,
      1,食品经营许可（新办）（LIC-FS-35）,"《中华人民共和国食品安全法》第三十五条
      《中华人民共和国行政许可法》第四十二条第一款",二十个工作日；经本行政机关负责人批准，可以延长十个工作日，并应当将延长期限的理由告知申请人,十个工作日,,,LIC-FS-35,,,,,,,
      ,,,,,,,,,,,,,,
      #元数据,,,,,,,,,,,,,,
      事项编码,路径,值,,,,,,,,,,,,
      ,format,cailiang.rule-set/v1,,,,,,,,,,,,
      ,id,example.samr.food-safety,,,,,,,,,,,,
      ,version,"""2024.1""",,,,,,,,,,,,
      ,title,食品安全违法行为行政处罚裁量基准（示例）,,,,,,,,,,,,
      ,issuer,示例市市场监督管理局,,,,,,,,,,,,
      ,document,示例市监规〔2024〕1号,,,,,,,,,,,,
      ,effective,{ from: 2024-03-01 },,,,,,,,,,,,
      ,policy.fineBands.lighter,"[ ""0"", ""0.3"" ]",,,,,,,,,,,,
      ,policy.fineBands.general,"[ ""0.3"", ""0.7"" ]",,,,,,,,,,,,
      ,policy.fineBands.heavier,"[ ""0.7"", ""1"" ]",,,,,,,,,,,,
      ,policy.rounding,"{ scale: 0, mode: half-up }",,,,,,,,,,,,
      ,policy.tierSelection,most-severe,,,,,,,,,,,,
      ,policy.mitigation,"{ band: lighter, reducedFloor: ""0"" }",,,,,,,,,,,,
      ,laws.FSL,"{ title: 中华人民共和国食品安全法, edition: 2021-04-29 }",,,,,,,,,,,,
      ,laws.ALL,"{ title: 中华人民共和国行政许可法, edition: 2019-04-23 }",,,,,,,,,,,,
      ,laws.APL,"{ title: 中华人民共和国行政处罚法, edition: 2021-01-22 }",,,,,,,,,,,,
      ,facts.goodsValue,"{ type: money, label: 货值金额 }",,,,,,,,,,,,
      ,facts.illegalIncome,"{ type: money, label: 违法所得 }",,,,,,,,,,,,
      ,facts.priorViolations,"{ type: integer, label: 两年内同类违法次数, min: 0 }",,,,,,,,,,,,
      ,facts.harm.type,enum,,,,,,,,,,,,
      ,facts.harm.label,危害后果,,,,,,,,,,,,
      ,facts.harm.values,"[ none, minor, serious ]",,,,,,,,,,,,
      ,facts.childrenFood,"{ type: boolean, label: 以婴幼儿、学生等特定人群为主要消费对象 }",,,,,,,,,,,,
      FS-124-1-3,name,生产经营超范围、超限量使用食品添加剂的食品,,,,,,,,,,,,
      FS-124-1-3,kind,penalty,,,,,,,,,,,,
      FS-124-1-3,violates[0],"{ law: FSL, article: 34, item: 4 }",,,,,,,,,,,,
      FS-124-1-3,basis[0],"{ law: FSL, article: 124, paragraph: 1, item: 3 }",,,,,,,,,,,,
      FS-124-1-3,statutory.fine[0].when,全部(goodsValue < 10000),,,,,,,,,,,,
      FS-124-1-3,statutory.fine[0].range,"{ min: ""50000"", max: ""100000"" }",,,,,,,,,,,,
      FS-124-1-3,statutory.fine[1].when,全部(goodsValue >= 10000),,,,,,,,,,,,
      FS-124-1-3,statutory.fine[1].multiple,"{ of: goodsValue, min: ""10"", max: ""20"" }",,,,,,,,,,,,
      FS-124-1-3,statutory.with[0],"{ kind: confiscate-illegal-income, of: illegalIncome }",,,,,,,,,,,,
      FS-124-1-3,statutory.with[1],{ kind: confiscate-illegal-goods },,,,,,,,,,,,
      FS-124-1-3,statutory.with[2],"{ kind: confiscate-tools, optional: true }",,,,,,,,,,,,
      FS-124-1-3,statutory.also[0],{ kind: revoke-licence },,,,,,,,,,,,
      FS-124-1-3,exemptions[0].id,first-violation,,,,,,,,,,,,
      FS-124-1-3,exemptions[0].mandatory,false,,,,,,,,,,,,
      FS-124-1-3,exemptions[0].when,"priorViolations = 0 且 harm in [none, minor] 且 goodsValue < 1000 且 correctedInTime = true",,,,,,,,,,,,
      FS-124-1-3,exemptions[0].basis[0],"{ law: APL, article: 33, paragraph: 1 }",,,,,,,,,,,,
      LIC-FS-35,name,食品经营许可（新办）,,,,,,,,,,,,
      LIC-FS-35,kind,licensing,,,,,,,,,,,,
      LIC-FS-35,basis[0],"{ law: FSL, article: 35 }",,,,,,,,,,,,
      LIC-FS-35,basis[1],"{ law: ALL, article: 42, paragraph: 1 }",,,,,,,,,,,,
      LIC-FS-35,timeLimit.statutory,"{ workingDays: 20, extension: 10 }",,,,,,,,,,,,
      LIC-FS-35,timeLimit.promised,{ workingDays: 10 },,,,,,,,,,,,
      "
    `);
  });
});

describe('renderHtml', () => {
  const html = renderHtml(example);

  it('is a self-contained page: inline style with print rules, no script, no link', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4 landscape; margin: 12mm; }');
    expect(html).toContain('@media print');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
  });

  it('states title, issuer, 文号, dates and digest in the header and footer', () => {
    expect(html).toContain('<title>食品安全违法行为行政处罚裁量基准（示例）</title>');
    expect(html).toContain('<h1>食品安全违法行为行政处罚裁量基准（示例）</h1>');
    expect(html).toContain('<dt>制定机关</dt><dd>示例市市场监督管理局</dd>');
    expect(html).toContain('<dt>文号</dt><dd>示例市监规〔2024〕1号</dd>');
    expect(html).toContain('<dt>施行日期</dt><dd>自2024年3月1日起施行</dd>');
    expect(html).toContain(`<code>${ruleSetDigest(example)}</code>`);
  });

  it('spans the item cells over the tier rows', () => {
    expect(html).toContain('<tbody data-item="FS-124-1-3">');
    expect(html).toContain(
      '<tr data-level="lighter"><td class="ordinal" rowspan="4">1</td><td class="offence" rowspan="4">生产经营超范围、超限量使用食品添加剂的食品（FS-124-1-3）</td><td class="violates" rowspan="4">《中华人民共和国食品安全法》第三十四条第（四）项</td><td class="basis" rowspan="4">《中华人民共和国食品安全法》第一百二十四条第一款第（三）项<br>没收违法所得、没收非法财物，并可以没收违法工具、设备、原料；货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证件</td><td class="tier">从轻</td>',
    );
    expect(html).toContain(
      '<tr data-level="general"><td class="tier">一般</td><td class="circumstances">不具有其他阶次所列情形</td><td class="standard">货值金额不足一万元的，罚款六万五千元以上八万五千元以下；货值金额一万元以上的，罚款货值金额十三倍以上十七倍以下</td></tr>',
    );
    expect(html).toContain(
      '<td class="standard">货值金额不足一万元的，罚款八万五千元以上十万元以下；货值金额一万元以上的，罚款货值金额十七倍以上二十倍以下<br>并处吊销许可证件</td>',
    );
  });

  it('lists licensing items and 不予处罚 grounds in their own tables', () => {
    expect(html).toContain(
      '<tr data-item="LIC-FS-35"><td class="ordinal">1</td><td>食品经营许可（新办）（LIC-FS-35）</td>',
    );
    expect(html).toContain(
      '<td>二十个工作日；经本行政机关负责人批准，可以延长十个工作日，并应当将延长期限的理由告知申请人</td><td>十个工作日</td>',
    );
    expect(html).toContain('<td>可以不予行政处罚</td><td>《中华人民共和国行政处罚法》第三十三条第一款</td>');
  });

  it('escapes text and keeps extra CSS inside its style element', () => {
    const data = minimalRuleSet({ name: '<b>违法</b> & "引号"' }, { title: '标题</title><script>' });
    const page = renderHtml(loadRuleSet(data), { css: 'h1 { color: red } </style><script>' });
    expect(page).toContain('<title>标题&lt;/title&gt;&lt;script&gt;</title>');
    expect(page).toContain('&lt;b&gt;违法&lt;/b&gt; &amp; &quot;引号&quot;（T-1）');
    expect(page).toContain('h1 { color: red } <\\/style><script>');
  });
});

describe('benchmarkTable', () => {
  const table = (item: Record<string, unknown>, ruleSet: Record<string, unknown> = {}) =>
    benchmarkTable(loadRuleSet(minimalRuleSet(item, ruleSet)));

  it('words a 「…以下」 range, an open range and a band of one amount as statutes do', () => {
    const below = table({ statutory: { fine: [{ range: { min: '0', max: '50000' } }] } });
    expect(below.penalty[0]?.basis[1]).toBe('处五万元以下罚款');
    expect(below.penalty[0]?.tiers.map((tier) => tier.standard[0])).toEqual([
      '罚款一万五千元以下',
      '罚款一万五千元以上三万五千元以下',
      '罚款三万五千元以上五万元以下',
    ]);
    const mean = table(
      {
        statutory: { fine: [{ range: { min: '20000', max: '200000' } }] },
        tiers: [{ level: 'general', label: '一般', fine: { band: 'mean' } }],
      },
      { policy: { fineBands: { mean: ['0.5', '0.5'] }, rounding: { scale: 0, mode: 'half-up' } } },
    );
    expect(mean.penalty[0]?.tiers[0]?.standard).toEqual(['罚款十一万元']);
    const open = table({
      statutory: { fine: [{ range: { min: '50000' } }] },
      tiers: [{ level: 'general', label: '一般', fine: { range: { min: '50000', max: '80000' } } }],
    });
    expect(open.penalty[0]?.basis[1]).toBe('处五万元以上罚款');
    expect(open.penalty[0]?.tiers[0]?.standard).toEqual(['罚款五万元以上八万元以下']);
  });

  it('rounds band amounts by the policy, to the fen', () => {
    const fen = table(
      { statutory: { fine: [{ range: { min: '1000', max: '3333' } }] } },
      {
        policy: {
          fineBands: { lighter: ['0', '0.3'], general: ['0.3', '0.7'], heavier: ['0.7', '1'] },
          rounding: { scale: 2, mode: 'half-up' },
        },
      },
    );
    expect(fen.penalty[0]?.tiers.map((tier) => tier.standard[0])).toEqual([
      '罚款一千元以上1699.9元以下',
      '罚款1699.9元以上2633.1元以下',
      '罚款2633.1元以上三千三百三十三元以下',
    ]);
  });

  it('writes orders, preconditions, optional fines and sanctions with their own ranges', () => {
    const odd = benchmarkTable(loadRuleSet(oddRuleSetWithLicensing()));
    expect(odd.penalty[0]?.basis[1]).toBe(
      '责令限期改正，给予警告、处五日以上十五日以下行政拘留；拒不改正的，违法所得不足一万元的，并处一万元以上五万元以下罚款；违法所得一万元以上的，可以并处违法所得1.5倍以上三倍以下罚款；不属于（次数为0）的，没收违法所得；情节严重的，可以责令停产停业一个月以上六个月以下',
    );
    expect(odd.penalty[0]?.tiers.map((tier) => tier.standard)).toEqual([
      [
        '违法所得不足一万元的，罚款一万元以上二万二千元以下；违法所得一万元以上的，罚款违法所得1.5倍以上1.95倍以下',
        '处五日以上八日以下行政拘留',
      ],
      ['罚款二万元以上三万元以下', '处七日以上十日以下行政拘留'],
      ['罚款违法所得二倍以上三倍以下', '处十二日以上十五日以下行政拘留', '可以责令停产停业四个月以上六个月以下'],
    ]);
    expect(odd.penalty[0]?.tiers[0]?.circumstances).toEqual(['次数为0', '说明：- 以破折号开头']);
    expect(odd.licensing[0]).toMatchObject({
      promisedLimit: '五个工作日',
      conditions: ['1. 有固定场所：不具有“拒不改正”情形（依据：《中华人民共和国测试法》第十条）'],
      materials: ['1. 申请书', '2. 营业执照复印件（依据：《中华人民共和国测试法》第十一条）'],
    });
    expect(odd.header.rules).toContain('较大数额罚款（当事人可以要求听证）：对个人二千元以上，对单位一万元以上');
  });
});
