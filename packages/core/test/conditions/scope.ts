import type { FactDeclaration, FactScope, FactValue, FactValues } from '../../src/facts/types.js';

/** The facts the condition tests use: one of each type, plus an undeclared-in-case circumstance. */
export const DECLARATIONS: Readonly<Record<string, FactDeclaration>> = {
  goodsValue: { type: 'money', label: '货值金额' },
  illegalIncome: { type: 'money', label: '违法所得' },
  priorViolations: { type: 'integer', label: '既往违法次数' },
  ratio: { type: 'number', label: '比例' },
  childrenFood: { type: 'boolean', label: '专供婴幼儿食品' },
  harm: { type: 'enum', label: '危害后果', values: ['none', 'minor', 'serious'] },
  actDate: { type: 'date', label: '违法行为发生日' },
  decisionDate: { type: 'date', label: '决定日' },
  firstViolation: { type: 'boolean', label: '初次违法' },
};

export const scope: FactScope = {
  lookup: (name) => (Object.hasOwn(DECLARATIONS, name) ? DECLARATIONS[name] : undefined),
};

/** A null-prototype fact record, as case validation produces. */
export function facts(values: Record<string, FactValue | undefined>): FactValues {
  return Object.assign(Object.create(null) as Record<string, FactValue | undefined>, values);
}
