import { exampleText } from '../../test-support/properties.js';

/** The lighter tier's condition of the example rule set, as written there. */
const LIGHTER_WHEN = `        when:
          all:
            - { fact: priorViolations, operator: equal, value: 0 }
            - { fact: harm, operator: equal, value: none }
        fine: { band: lighter }`;

/** The start of the heavier tier's condition of the example rule set. */
const HEAVIER_WHEN = `        when:
          any:
            - { fact: priorViolations, operator: greaterThanInclusive, value: 1 }`;

/**
 * Issue #22's alias amplification: the example rule set with `leaves` conditions under an anchor
 * in one tier, and `aliases` aliases of it in another (within the parser's alias-count limit).
 * Written, it is a few dozen KB; expanded, `leaves × aliases` conditions.
 */
export function aliasBomb(leaves: number, aliases: number): string {
  const text = exampleText();
  if (!text.includes(LIGHTER_WHEN) || !text.includes(HEAVIER_WHEN))
    throw new Error('the example rule set changed: update aliasBomb');
  const anchored = Array.from(
    { length: leaves },
    (_, i) => `{ fact: goodsValue, operator: greaterThan, value: ${i} }`,
  ).join(', ');
  const references = Array.from({ length: aliases }, () => '*bomb').join(', ');
  return text
    .replace(LIGHTER_WHEN, `        when: &bomb { any: [ ${anchored} ] }\n        fine: { band: lighter }`)
    .replace(
      HEAVIER_WHEN,
      `        when:\n          any:\n            - { any: [ ${references} ] }\n            - { fact: priorViolations, operator: greaterThanInclusive, value: 1 }`,
    );
}

/** Issue #22's vanishing key: the example rule set declaring (and using) a fact named `name`. */
export function reservedFactRuleSet(name: string): string {
  return exampleText().replace('facts:\n', `facts:\n  ${name}: { type: money, label: 原型 }\n`);
}

/** Block mappings nested `depth` deep by indentation alone: no bracket or dash to count. */
export function deepBlockYaml(depth: number): string {
  let text = '';
  for (let level = 0; level < depth; level++) text += `${' '.repeat(level)}a:\n`;
  return `${text}${' '.repeat(depth)}x\n`;
}
