/**
 * A province-sized catalogue: the library's food-safety rule set with its items repeated under new
 * codes until it has the number asked for, as one rule set in JSON (the form a generated catalogue
 * takes). Loading it exercises parsing, the schema, the reference checks, the digest and the
 * compiler on every item.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const BASE = fileURLToPath(new URL('../../../benchmarks/rules/food-safety.rules.yaml', import.meta.url));

/** The number of distinct items that are repeated. */
export function baseItemCount(): number {
  return (parse(readFileSync(BASE, 'utf8')) as { items: unknown[] }).items.length;
}

/**
 * The rule set's JSON text with `items` items: item `k` is a copy of base item `k mod B` with code
 * `<code>.<k div B>`.
 */
export function generatedRuleSetText(items: number): string {
  const base = parse(readFileSync(BASE, 'utf8')) as { id: string; title: string; items: { code: string }[] };
  const count = base.items.length;
  const copies = Array.from({ length: items }, (_, k) => {
    const item = base.items[k % count] as { code: string };
    return { ...item, code: `${item.code}.${Math.floor(k / count)}` };
  });
  return JSON.stringify({
    ...base,
    id: `${base.id}.generated-${items}`,
    title: `${base.title}（生成的 ${items} 项）`,
    items: copies,
  });
}

/** The code of the item a case goes to: base items in turn, each time in another copy. */
export function spreadItemCode(
  codes: readonly string[],
  baseCount: number,
  items: number,
  caseIndex: number,
  distinctBases: number,
): string {
  const copies = Math.floor(items / baseCount);
  const copy = (caseIndex * 7919) % copies;
  return codes[(caseIndex % distinctBases) + baseCount * copy] as string;
}
