import { compileCondition } from '../conditions/compile.js';
import type { CompiledCondition } from '../conditions/compile.js';
import { conditionFacts } from '../conditions/references.js';
import type { Condition } from '../conditions/types.js';
import type { FactScope } from '../facts/types.js';

/** A condition compiled, with the facts it reads. */
export interface SharedCondition {
  readonly compiled: CompiledCondition;
  readonly facts: readonly string[];
}

/**
 * The conditions of one rule set, each written the same way compiled once while an engine is
 * built. A catalogue repeats its conditions from item to item (the same 情节轻微／一般／严重 tier
 * tests, the same 货值金额不足一万元 alternative), and a compiled condition is pure closures over
 * its own literals, so items can share one. Conditions are told apart by their JSON text: two
 * that differ only in key order are compiled twice, which costs time, never correctness.
 *
 * Made per engine and dropped with it, so the texts are not kept once the engine exists.
 */
export class ConditionCache {
  private readonly known = new Map<string, SharedCondition>();

  constructor(private readonly scope: FactScope) {}

  compile(condition: Condition): SharedCondition {
    const key = JSON.stringify(condition);
    let shared = this.known.get(key);
    if (shared === undefined) {
      shared = { compiled: compileCondition(condition, this.scope), facts: conditionFacts(condition) };
      this.known.set(key, shared);
    }
    return shared;
  }
}
