/**
 * Conditions compiled once per rule set and shared by the items that write them alike.
 */
import { compileCondition } from '../conditions/compile.js';
import type { CompiledCondition } from '../conditions/compile.js';
import type { Condition } from '../conditions/types.js';
import type { FactScope } from '../facts/types.js';

/**
 * The conditions of one rule set, each written the same way compiled once while an engine is
 * built. A catalogue repeats its conditions from item to item (the same 情节轻微／一般／严重 tier
 * tests, the same 货值金额不足一万元 alternative), and a compiled condition is pure closures over
 * its own literals, so items can share one. Conditions are told apart by their JSON text: two
 * that differ only in key order are compiled twice, which costs time, never correctness.
 *
 * Made for one rule set (its scope says which facts are money) — by {@link itemCompiler} while an
 * engine is built, by lint's model builder while a rule set is analysed — and dropped with it, so
 * the texts are not kept once the engine or the analysis exists.
 */
export class ConditionCache {
  private readonly known = new Map<string, CompiledCondition>();

  constructor(private readonly scope: FactScope) {}

  /** The condition compiled for this cache's rule set, or the one compiled before for the same text. */
  compile(condition: Condition): CompiledCondition {
    const key = JSON.stringify(condition);
    let compiled = this.known.get(key);
    if (compiled === undefined) {
      compiled = compileCondition(condition, this.scope);
      this.known.set(key, compiled);
    }
    return compiled;
  }
}
