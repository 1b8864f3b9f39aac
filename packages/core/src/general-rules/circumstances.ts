import type { FactDeclaration } from '../facts/types.js';

/**
 * The general circumstances of the Administrative Penalty Law that every penalty item knows
 * without declaring them (spec §3). Each is tri-state: true, false, or absent — and absent means
 * "not established", never false.
 */
export const CIRCUMSTANCES = Object.freeze({
  /** 第三十一条: 不能辨认或者不能控制自己行为 (none) / 尚未完全丧失辨认或者控制能力 (limited). */
  capacity: { type: 'enum', values: ['full', 'limited', 'none'], label: '辨认或者控制自己行为的能力' },
  /** 第三十二条第（一）项 */
  eliminatedHarm: { type: 'boolean', label: '主动消除或者减轻违法行为危害后果' },
  /** 第三十二条第（二）项 */
  coerced: { type: 'boolean', label: '受他人胁迫或者诱骗实施违法行为' },
  /** 第三十二条第（三）项 */
  confessedUnknown: { type: 'boolean', label: '主动供述行政机关尚未掌握的违法行为' },
  /** 第三十二条第（四）项 */
  meritorious: { type: 'boolean', label: '配合行政机关查处违法行为有立功表现' },
  /** 第三十三条第一款 */
  minorViolation: { type: 'boolean', label: '违法行为轻微' },
  correctedInTime: { type: 'boolean', label: '及时改正' },
  harmfulConsequence: { type: 'boolean', label: '造成危害后果' },
  firstViolation: { type: 'boolean', label: '初次违法' },
  minorHarm: { type: 'boolean', label: '危害后果轻微' },
  /** 第三十三条第二款 */
  noFault: { type: 'boolean', label: '有证据足以证明没有主观过错' },
  /** 第三十六条 */
  lifeHealthOrFinancialSafety: { type: 'boolean', label: '涉及公民生命健康安全、金融安全' },
} satisfies Record<string, FactDeclaration>);

export type CircumstanceName = keyof typeof CIRCUMSTANCES;

export const CIRCUMSTANCE_NAMES = Object.freeze(Object.keys(CIRCUMSTANCES)) as readonly CircumstanceName[];

export function isCircumstance(name: string): name is CircumstanceName {
  return Object.hasOwn(CIRCUMSTANCES, name);
}
