import type { FactDeclaration, FactScope } from '../facts/types.js';
import { CIRCUMSTANCES, isCircumstance } from '../general-rules/circumstances.js';

/** What a rule set's conditions may name: its declared facts and the general circumstances. */
export function ruleSetScope(facts: Readonly<Record<string, FactDeclaration>>): FactScope {
  return {
    lookup(name: string): FactDeclaration | undefined {
      if (Object.prototype.hasOwnProperty.call(facts, name)) return facts[name];
      if (isCircumstance(name)) return CIRCUMSTANCES[name] as FactDeclaration;
      return undefined;
    },
  };
}
