import { penaltyLaw2017 } from '../citation/general-laws.js';
import type { FactValues } from '../facts/types.js';
import type { CircumstanceName } from './circumstances.js';
import type { GeneralRule } from './grounds.js';

const isTrue = (facts: FactValues, name: CircumstanceName) => facts[name] === true;

/**
 * The general rules of 中华人民共和国行政处罚法（2017年修正）, in that text's own numbering, for acts
 * the 2017 text governs (in force until 2021-07-14). Same order as the 2021 rules: no-penalty
 * grounds first, then mitigation. The 2017 text has no 首违不罚 (2021 第三十三条第一款第二句), no
 * 无主观过错 (第三十三条第二款), no 主动供述 (第三十二条第（三）项) and no 可以从轻 for limited capacity
 * (第三十一条第三句): those grounds reach an older act only through 从旧兼从轻 (2021 第三十七条).
 *
 * Where the 2017 words are narrower than the circumstance the case states, the rule reads the
 * circumstance as it stands (see docs/time.md): 第二十六条 names 精神病人 only (2021 adds
 * 智力残疾人), 第二十七条第一款第（二）项 胁迫 only (2021 adds 诱骗).
 */
export const GENERAL_RULES_2017: readonly GeneralRule[] = Object.freeze([
  {
    id: 'APL2017-25-under-14',
    effect: 'no-penalty',
    mandatory: true,
    citation: penaltyLaw2017(25),
    // 第二十五条: 不满十四周岁的人有违法行为的，不予行政处罚，责令监护人加以管教
    label: '不满十四周岁的人有违法行为的，不予行政处罚',
    reads: ['party.age'],
    holds: (party) => party?.age !== undefined && party.age < 14,
  },
  {
    id: 'APL2017-26-no-capacity',
    effect: 'no-penalty',
    mandatory: true,
    citation: penaltyLaw2017(26),
    // 第二十六条: 精神病人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚
    label: '精神病人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚',
    reads: ['capacity'],
    holds: (_party, facts) => facts['capacity'] === 'none',
  },
  {
    id: 'APL2017-27-2-minor-corrected',
    effect: 'no-penalty',
    mandatory: true,
    citation: penaltyLaw2017(27, 2),
    // 第二十七条第二款: 违法行为轻微并及时纠正，没有造成危害后果的，不予行政处罚。
    label: '违法行为轻微并及时纠正，没有造成危害后果的，不予行政处罚',
    reads: ['minorViolation', 'correctedInTime', 'harmfulConsequence'],
    holds: (_party, facts) =>
      isTrue(facts, 'minorViolation') && isTrue(facts, 'correctedInTime') && facts['harmfulConsequence'] === false,
  },
  {
    id: 'APL2017-25-minor',
    effect: 'mitigation',
    mandatory: true,
    citation: penaltyLaw2017(25),
    // 第二十五条: 已满十四周岁不满十八周岁的人有违法行为的，从轻或者减轻行政处罚 — no 可以: it binds.
    label: '已满十四周岁不满十八周岁的人有违法行为的，从轻或者减轻行政处罚',
    reads: ['party.age'],
    holds: (party) => party?.age !== undefined && party.age >= 14 && party.age < 18,
  },
  // 第二十七条第一款: 当事人有下列情形之一的，应当依法从轻或者减轻行政处罚
  mitigationItem2017(1, 'eliminatedHarm', '主动消除或者减轻违法行为危害后果的'),
  mitigationItem2017(2, 'coerced', '受他人胁迫有违法行为的'),
  mitigationItem2017(3, 'meritorious', '配合行政机关查处违法行为有立功表现的'),
] satisfies GeneralRule[]);

/** 第二十七条第一款第（n）项: 应当依法从轻或者减轻. */
function mitigationItem2017(item: number, circumstance: CircumstanceName, label: string): GeneralRule {
  return {
    id: `APL2017-27-1-${item}-${circumstance}`,
    effect: 'mitigation',
    mandatory: true,
    citation: penaltyLaw2017(27, 1, item),
    label: `当事人${label}，应当依法从轻或者减轻行政处罚`,
    reads: [circumstance],
    holds: (_party, facts) => isTrue(facts, circumstance),
  };
}
