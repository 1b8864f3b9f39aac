import { describe, expect, it } from 'vitest';
import { createEngine, explainDecision, loadRuleSet } from '../../src/index.js';
import { exampleRuleSet, exampleRuleSetText, foodCase, minimalRuleSet } from '../../../../test-support/builders.js';

const data = exampleRuleSet();
data.facts.harm.valueLabels = { none: '无', minor: '轻微', serious: '严重' };
const engine = createEngine([loadRuleSet(data), loadRuleSet(exampleRuleSetText('food-safety-2023.rules.yaml'))]);
const explain = (input: unknown) => {
  const { zh, en } = explainDecision(engine, input);
  return { zh, en };
};

describe('explainDecision', () => {
  it('penalty under the fallback tier', () => {
    expect(explain(foodCase())).toMatchInlineSnapshot(`
      {
        "en": "The party committed the act "生产经营超范围、超限量使用食品添加剂的食品"; facts established: 货值金额: 8000 yuan; 违法所得: 1200 yuan; 两年内同类违法次数: 0; 危害后果: minor; 以婴幼儿、学生等特定人群为主要消费对象: false. This violates 《中华人民共和国食品安全法》第三十四条第（四）项. Under 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项, the statutory fine range is 50000 to 100000 yuan. Under 示例市监规〔2024〕1号 FS-124-1-3, the case shows none of the circumstances of the other tiers; the tier "一般" applies. Therefore the proposed penalty is: a fine of 65000 to 85000 yuan; confiscate-illegal-income of 1200 yuan; confiscate-illegal-goods; confiscate-tools (optional).",
        "zh": "经查，当事人存在“生产经营超范围、超限量使用食品添加剂的食品”的行为，认定事实如下：货值金额：8000元；违法所得：1200元；两年内同类违法次数：0；危害后果：轻微；以婴幼儿、学生等特定人群为主要消费对象：否。上述行为违反了《中华人民共和国食品安全法》第三十四条第（四）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项，本案法定罚款幅度为50000元至100000元。根据示例市监规〔2024〕1号 FS-124-1-3，本案不具有其他裁量阶次所列情形，适用“一般”裁量阶次。综上，拟给予以下行政处罚：罚款65000元至85000元；没收违法所得1200元；没收非法财物；可以没收违法工具、设备、原料。",
      }
    `);
  });

  it('penalty under an aggravated tier, naming the circumstances that held', () => {
    expect(explain(foodCase({ facts: { priorViolations: 1, harm: 'serious' } })).zh).toMatchInlineSnapshot(
      `"经查，当事人存在“生产经营超范围、超限量使用食品添加剂的食品”的行为，认定事实如下：货值金额：8000元；违法所得：1200元；两年内同类违法次数：1；危害后果：严重；以婴幼儿、学生等特定人群为主要消费对象：否。上述行为违反了《中华人民共和国食品安全法》第三十四条第（四）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项，本案法定罚款幅度为50000元至100000元。根据示例市监规〔2024〕1号 FS-124-1-3，本案具有“两年内同类违法一次以上”“危害后果为严重”情形，适用“从重”裁量阶次。综上，拟给予以下行政处罚：罚款85000元至100000元；没收违法所得1200元；没收非法财物；可以没收违法工具、设备、原料。"`,
    );
  });

  it('mitigation and an offered exemption, with their articles', () => {
    expect(
      explain(foodCase({ facts: { goodsValue: '800' }, circumstances: { correctedInTime: true, coerced: true } })).zh,
    ).toMatchInlineSnapshot(
      `"经查，当事人存在“生产经营超范围、超限量使用食品添加剂的食品”的行为，认定事实如下：货值金额：800元；违法所得：1200元；两年内同类违法次数：0；危害后果：轻微；以婴幼儿、学生等特定人群为主要消费对象：否；及时改正：是；受他人胁迫或者诱骗实施违法行为：是。上述行为违反了《中华人民共和国食品安全法》第三十四条第（四）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项，本案法定罚款幅度为50000元至100000元。根据示例市监规〔2024〕1号 FS-124-1-3，本案不具有其他裁量阶次所列情形，适用“一般”裁量阶次。当事人具有《中华人民共和国行政处罚法》第三十二条第（二）项规定的情形，应当从轻或者减轻行政处罚：从轻处罚的罚款幅度为50000元至65000元，减轻处罚的罚款幅度为0元至50000元。当事人符合《中华人民共和国行政处罚法》第三十三条第一款规定的情形，可以不予行政处罚，应结合案情决定并说明理由。综上，拟给予以下行政处罚：罚款50000元至65000元；没收违法所得1200元；没收非法财物；可以没收违法工具、设备、原料。"`,
    );
  });

  it('no penalty', () => {
    expect(
      explain(foodCase({ circumstances: { minorViolation: true, correctedInTime: true, harmfulConsequence: false } })),
    ).toMatchInlineSnapshot(`
      {
        "en": "The party committed the act "生产经营超范围、超限量使用食品添加剂的食品"; facts established: 货值金额: 8000 yuan; 违法所得: 1200 yuan; 两年内同类违法次数: 0; 危害后果: minor; 以婴幼儿、学生等特定人群为主要消费对象: false; 违法行为轻微: true; 及时改正: true; 造成危害后果: false. This violates 《中华人民共和国食品安全法》第三十四条第（四）项. Under 《中华人民共和国行政处罚法》第三十三条第一款, no administrative penalty is given.",
        "zh": "经查，当事人存在“生产经营超范围、超限量使用食品添加剂的食品”的行为，认定事实如下：货值金额：8000元；违法所得：1200元；两年内同类违法次数：0；危害后果：轻微；以婴幼儿、学生等特定人群为主要消费对象：否；违法行为轻微：是；及时改正：是；造成危害后果：否。上述行为违反了《中华人民共和国食品安全法》第三十四条第（四）项的规定。依据《中华人民共和国行政处罚法》第三十三条第一款，不予行政处罚。",
      }
    `);
  });

  it('time-barred', () => {
    expect(explain(foodCase({ dates: { act: '2024-03-10', discovered: '2026-03-11' } }))).toMatchInlineSnapshot(`
      {
        "en": "The party committed the act "生产经营超范围、超限量使用食品添加剂的食品"; facts established: 货值金额: 8000 yuan; 违法所得: 1200 yuan; 两年内同类违法次数: 0; 危害后果: minor; 以婴幼儿、学生等特定人群为主要消费对象: false. This violates 《中华人民共和国食品安全法》第三十四条第（四）项. The act, committed on 2024-03-10, was discovered on 2026-03-11, after the 2-year period of 《中华人民共和国行政处罚法》第三十六条第一款; no administrative penalty is given.",
        "zh": "经查，当事人存在“生产经营超范围、超限量使用食品添加剂的食品”的行为，认定事实如下：货值金额：8000元；违法所得：1200元；两年内同类违法次数：0；危害后果：轻微；以婴幼儿、学生等特定人群为主要消费对象：否。上述行为违反了《中华人民共和国食品安全法》第三十四条第（四）项的规定。该违法行为发生于2024-03-10，至2026-03-11被发现，已超过《中华人民共和国行政处罚法》第三十六条第一款规定的二年期限，不再给予行政处罚。",
      }
    `);
  });

  it('the newer, lighter version (第三十七条)', () => {
    expect(
      explain(foodCase({ dates: { act: '2023-10-10', discovered: '2024-01-15', decision: '2024-05-20' } })).zh,
    ).toMatchInlineSnapshot(
      `"经查，当事人存在“生产经营超范围、超限量使用食品添加剂的食品”的行为，认定事实如下：货值金额：8000元；违法所得：1200元；两年内同类违法次数：0；危害后果：轻微；以婴幼儿、学生等特定人群为主要消费对象：否。上述行为违反了《中华人民共和国食品安全法》第三十四条第（四）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项，本案法定罚款幅度为50000元至100000元。作出处罚决定时裁量基准已修订，修订后的规定（2024.1）处罚较轻，依据《中华人民共和国行政处罚法》第三十七条适用修订后的规定。根据示例市监规〔2024〕1号 FS-124-1-3，本案不具有其他裁量阶次所列情形，适用“一般”裁量阶次。综上，拟给予以下行政处罚：罚款65000元至85000元；没收违法所得1200元；没收非法财物；可以没收违法工具、设备、原料。"`,
    );
  });

  it('行政处罚法 revised between act and decision, the 2021 text lighter (第三十七条)', () => {
    // 2021 第三十三条第二款 (无主观过错 → 不予处罚) has no 2017 counterpart: for an act of 2021-03-01
    // decided on 2021-08-10 the revised text is lighter and applies.
    const older = exampleRuleSet();
    older.effective = { from: '2020-01-01' };
    const { zh, en } = explainDecision(
      createEngine([loadRuleSet(older)]),
      foodCase({
        circumstances: { noFault: true },
        dates: { act: '2021-03-01', discovered: '2021-03-10', decision: '2021-08-10' },
      }),
    );
    expect(zh).toContain(
      '作出处罚决定时《中华人民共和国行政处罚法》已修订，修订后的规定处罚较轻，依据《中华人民共和国行政处罚法》第三十七条适用修订后的规定。依据《中华人民共和国行政处罚法》第三十三条第二款，不予行政处罚。',
    );
    expect(en).toContain(
      'The Administrative Penalty Law was revised before the decision and the revised text is lighter',
    );
  });

  it('行政处罚法 not revised in between: no such sentence', () => {
    const older = exampleRuleSet();
    older.effective = { from: '2020-01-01' };
    const { zh } = explainDecision(
      createEngine([loadRuleSet(older)]),
      foodCase({
        circumstances: { noFault: true },
        dates: { act: '2021-03-01', discovered: '2021-03-10', decision: '2021-06-10' },
      }),
    );
    expect(zh).not.toContain('已修订');
    expect(zh).toContain('综上');
  });

  it('licensing', () => {
    expect(explain({ item: 'LIC-FS-35', dates: { accepted: '2025-09-26' } })).toMatchInlineSnapshot(`
      {
        "en": "The application concerns "食品经营许可（新办）", handled under 《中华人民共和国食品安全法》第三十五条, 《中华人民共和国行政许可法》第四十二条第一款. The promised time limit (10 working days) ends on 2025-10-16, under 示例市监规〔2024〕1号 LIC-FS-35, 《中华人民共和国行政许可法》第八十二条. The statutory time limit (20 working days) ends on 2025-10-30, under 《中华人民共和国行政许可法》第八十二条. The statutory-extended time limit (30 working days) ends on 2025-11-13, under 《中华人民共和国行政许可法》第八十二条; it requires: 经本行政机关负责人批准; 将延长期限的理由告知申请人. ",
        "zh": "该申请事项为“食品经营许可（新办）”，依据《中华人民共和国食品安全法》第三十五条、《中华人民共和国行政许可法》第四十二条第一款办理。承诺办结期限（10个工作日）为2025-10-16，依据示例市监规〔2024〕1号 LIC-FS-35、《中华人民共和国行政许可法》第八十二条。法定办结期限（20个工作日）为2025-10-30，依据《中华人民共和国行政许可法》第八十二条。延长后的法定办结期限（30个工作日）为2025-11-13，依据《中华人民共和国行政许可法》第八十二条；须经本行政机关负责人批准，并将延长期限的理由告知申请人。",
      }
    `);
  });

  it('correction ordered', () => {
    const rules = minimalRuleSet({
      orders: [{ kind: 'correct-within-period' }],
      statutory: {
        precondition: { all: [{ fact: 'count', operator: 'greaterThan', value: 0 }] },
        fine: [{ range: { min: '10000', max: '50000' } }],
      },
    });
    expect(
      explainDecision(createEngine([rules]), {
        item: 'T-1',
        facts: { amount: '0', count: 0 },
        dates: { act: '2025-06-01', discovered: '2025-06-02' },
      }).zh,
    ).toMatchInlineSnapshot(
      `"经查，当事人存在“测试违法行为”的行为，认定事实如下：违法所得：0元；次数：0。上述行为违反了《中华人民共和国测试法》第十条的规定。依据《中华人民共和国测试法》第五十条第一款，责令限期改正；当事人逾期不改正的，依法给予行政处罚。"`,
    );
  });

  it('is deterministic', () => {
    expect(explain(foodCase())).toEqual(explain(foodCase()));
  });
});
