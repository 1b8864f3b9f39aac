import { formatPath } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import type { Limits } from './limits.js';
import type { IssueCode } from '../errors/issues.js';

/** Names that must never become keys of a plain object: assigning them changes the prototype. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** What one walk found: the first limit exceeded (the walk stops there) and the reserved keys. */
export interface DocumentCheck {
  readonly exceeded: Issue | undefined;
  readonly reserved: readonly Issue[];
}

export interface DocumentWalkOptions {
  /** Count condition nodes (under `when` and `precondition`) per item and in all: a rule set. */
  readonly conditions?: boolean;
}

/** More reserved keys than this are not listed: one is enough to refuse the document. */
const MAX_RESERVED_ISSUES = 20;

/** Keys whose value is a condition tree in a rule set. */
const CONDITION_KEYS: ReadonlySet<string> = new Set(['when', 'precondition']);

/** Thrown inside the walk to stop it at the first limit exceeded. */
class LimitExceeded {
  constructor(readonly issue: Issue) {}
}

/**
 * Walks parsed data once, as validation will see it — a YAML alias's value again at each alias,
 * since the parser shares one object between them and validation copies it each time — counting
 * values, characters, nesting and (for a rule set) condition nodes, and stopping at the first
 * limit exceeded. So the cost is linear in the expanded size and never more than the limits
 * allow, whatever the aliases or shared references multiply: an alias bomb is refused after
 * `maxNodes` steps rather than materialised by validation. A reference cycle in an object
 * passed in nests without end and is refused by `maxNesting`.
 *
 * The same walk collects every key `__proto__`, `constructor` or `prototype`, which a parser
 * keeps as an own key but a later copy would turn into the prototype, silently dropping it.
 *
 * @param data - parsed YAML or JSON, or an object given by a caller
 * @returns the first limit exceeded (with the path where it was) and the reserved keys found
 * @example checkDocument(JSON.parse(text), DEFAULT_LIMITS, { conditions: true })
 */
export function checkDocument(data: unknown, limits: Limits, options: DocumentWalkOptions = {}): DocumentCheck {
  const walk = new Walk(limits, options.conditions === true);
  try {
    walk.visit(data, 0, false);
  } catch (error) {
    if (error instanceof LimitExceeded) return { exceeded: error.issue, reserved: walk.reserved };
    throw error;
  }
  return { exceeded: undefined, reserved: walk.reserved };
}

class Walk {
  readonly reserved: Issue[] = [];
  /** Keys and indices from the root to the value being visited; formatted only for an issue. */
  private readonly path: (string | number)[] = [];
  private nodes = 0;
  private characters = 0;
  private conditions = 0;
  private itemConditions = 0;

  constructor(
    private readonly limits: Limits,
    private readonly countConditions: boolean,
  ) {}

  visit(value: unknown, depth: number, inCondition: boolean): void {
    if (typeof value !== 'object' || value === null) {
      this.countScalar(value);
      return;
    }
    this.countNode();
    if (depth >= this.limits.maxNesting) {
      this.exceed(
        'too_deep',
        `collections nest more than ${this.limits.maxNesting} levels deep, or refer to themselves (limit maxNesting)`,
      );
    }
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        this.path.push(index);
        // Each of `items[i]` counts its own conditions.
        if (this.countConditions && this.path.length === 2 && this.path[0] === 'items') this.itemConditions = 0;
        this.visit(value[index], depth + 1, inCondition);
        this.path.pop();
      }
      return;
    }
    if (inCondition) this.countCondition();
    for (const key of Object.keys(value)) {
      this.path.push(key);
      this.addCharacters(key.length);
      if (RESERVED_KEYS.has(key) && this.reserved.length < MAX_RESERVED_ISSUES) {
        this.reserved.push({
          code: 'reserved_name',
          path: formatPath(this.path),
          message: `"${key}" is reserved and cannot be used as a name`,
        });
      }
      const child = (value as Record<string, unknown>)[key];
      // Most values are strings and numbers: counted here, without a call of their own.
      if (typeof child !== 'object' || child === null) this.countScalar(child);
      else this.visit(child, depth + 1, inCondition || (this.countConditions && CONDITION_KEYS.has(key)));
      this.path.pop();
    }
  }

  private countScalar(value: unknown): void {
    this.countNode();
    if (typeof value === 'string') this.addCharacters(value.length);
  }

  private countNode(): void {
    if (++this.nodes > this.limits.maxNodes) {
      this.exceed(
        'too_many_nodes',
        `the document holds more than ${this.limits.maxNodes} values once its aliases are expanded (limit maxNodes)`,
      );
    }
  }

  private addCharacters(count: number): void {
    this.characters += count;
    if (this.characters > this.limits.maxCharacters) {
      this.exceed(
        'too_many_characters',
        `the document's keys and strings run to more than ${this.limits.maxCharacters} characters once its aliases are expanded (limit maxCharacters)`,
      );
    }
  }

  private countCondition(): void {
    if (++this.itemConditions > this.limits.maxConditionsPerItem && this.path[0] === 'items') {
      this.exceed(
        'too_many_conditions',
        `the item's conditions have more than ${this.limits.maxConditionsPerItem} nodes once aliases are expanded (limit maxConditionsPerItem)`,
      );
    }
    if (++this.conditions > this.limits.maxConditions) {
      this.exceed(
        'too_many_conditions',
        `the rule set's conditions have more than ${this.limits.maxConditions} nodes once aliases are expanded (limit maxConditions)`,
      );
    }
  }

  private exceed(code: IssueCode, message: string): never {
    throw new LimitExceeded({ code, path: formatPath(this.path), message });
  }
}
