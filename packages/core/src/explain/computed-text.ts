/**
 * A computed amount (`fine.computed`) in the reasoning: the table's sentence, then each term with
 * the fact value it read, the sum, the floor or cap that held it and the product — the whole
 * arithmetic, so a reviewer can redo it by hand (粤环发〔2021〕7号 附件1 备注 「罚款金额＝裁量百分值总和×
 * 建设项目总投资额×5%」).
 */
import type { TraceEntry } from '../decide/decision.js';
import type { FactDeclaration } from '../facts/types.js';
import type { Language } from './condition-text.js';
import { factLabel } from './condition-text.js';

type ComputedStep = Extract<TraceEntry, { step: 'computed' }>;

/**
 * The arithmetic of a computed amount, in one sentence.
 *
 * @param step - the `computed` trace step of the decision
 * @param facts - the rule set's fact declarations, for labels
 * @returns e.g. 「按“罚款金额=裁量百分值总和×20万”计算：裁量起点 0.1＋行为表现形式（未安装）0.3＝0.4；0.4×200000＝80000，罚款80000元。」
 * @example computedText(step, ruleSet.facts, 'zh')
 */
export function computedText(
  step: ComputedStep,
  facts: Readonly<Record<string, FactDeclaration>>,
  language: Language,
): string {
  const zh = language === 'zh';
  const terms = step.terms.map((term) => {
    const fact = term.of === undefined ? undefined : facts[term.of];
    const name = term.label ?? (term.of === undefined ? '' : zh ? (fact?.label ?? term.of) : factLabel(term.of, fact));
    if (term.of === undefined) return `${name} ${term.amount}`;
    const value = zh ? (fact?.valueLabels?.[term.value ?? ''] ?? term.value) : term.value;
    const units = term.units === undefined ? '' : zh ? `，计${term.units}个单位` : `, ${term.units} units`;
    return zh ? `${name}（${value}${units}）${term.amount}` : `${name} (${value}${units}) ${term.amount}`;
  });
  const sum = `${terms.join(zh ? '＋' : ' + ')}${zh ? '＝' : ' = '}${step.sum}`;
  const held =
    step.held === undefined
      ? ''
      : zh
        ? `，${step.held.bound === 'max' ? '最高按' : '不足的按'}${step.held.value}计算`
        : `, held at the ${step.held.bound === 'max' ? 'cap' : 'floor'} ${step.held.value}`;
  const base = step.held?.value ?? step.sum;
  const times =
    step.times === undefined
      ? ''
      : zh
        ? `；${base}×${timesZh(step.times, facts)}＝${step.exact}`
        : `; ${base} × ${timesEn(step.times, facts)} = ${step.exact}`;
  return zh
    ? `按“${step.text}”计算：${sum}${held}${times}，罚款${step.amount}元。`
    : `Computed as 「${step.text}」: ${sum}${held}${times}; a fine of ${step.amount} yuan.`;
}

function timesZh(times: NonNullable<ComputedStep['times']>, facts: Readonly<Record<string, FactDeclaration>>): string {
  if (times.of !== undefined) return `${facts[times.of]?.label ?? times.of}${times.base}元×${times.factor}`;
  if (times.statutoryMax === true) return `法定最高罚款数额${times.by}元`;
  return times.by;
}

function timesEn(times: NonNullable<ComputedStep['times']>, facts: Readonly<Record<string, FactDeclaration>>): string {
  if (times.of !== undefined) return `${factLabel(times.of, facts[times.of])} ${times.base} × ${times.factor}`;
  if (times.statutoryMax === true) return `the statutory maximum ${times.by}`;
  return times.by;
}
