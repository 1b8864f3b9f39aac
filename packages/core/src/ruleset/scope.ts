import type { FactDeclaration, FactScope } from '../facts/types.js';
import { CIRCUMSTANCES, isCircumstance } from '../general-rules/circumstances.js';

/** What a rule set's conditions may name: its declared facts and the general circumstances. */
export function ruleSetScope(facts: Readonly<Record<string, FactDeclaration>>): FactScope {
  // A Map made once: the conditions of a catalogue look facts up hundreds of thousands of times.
  const declared = new Map<string, FactDeclaration>();
  for (const name of Object.keys(facts)) declared.set(name, facts[name] as FactDeclaration);
  return {
    lookup(name: string): FactDeclaration | undefined {
      const fact = declared.get(name);
      if (fact !== undefined) return fact;
      if (isCircumstance(name)) return CIRCUMSTANCES[name] as FactDeclaration;
      return undefined;
    },
  };
}
