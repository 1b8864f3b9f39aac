import { Document, isScalar, visit } from 'yaml';
import type { RuleSet } from '../ruleset/load.js';

/** Options of {@link ruleSetToYaml}. */
export interface RuleSetYamlOptions {
  /** A comment written above the rule set (where it came from), one line per line. */
  readonly comment?: string;
}

/**
 * A rule set as YAML text in the style of the spec example: block style, with lists and maps of
 * scalars on one line (`{ law: FSL, article: 34, item: 4 }`, `["0", "0.3"]`). Loading the text
 * gives the same rule set (canonical JSON) — what `cailiang import --out RULES.yaml` writes.
 *
 * @example writeFileSync('rules.yaml', ruleSetToYaml(importCsv(text), { comment: 'Imported from rules.csv' }))
 */
export function ruleSetToYaml(ruleSet: RuleSet, options: RuleSetYamlOptions = {}): string {
  const document = new Document(ruleSet, { version: '1.2' });
  visit(document, {
    Map(_, node) {
      if (node.items.length > 0 && node.items.every((pair) => isScalar(pair.value)) && node.items.length <= 6)
        node.flow = true;
    },
    Seq(_, node) {
      if (node.items.length > 0 && node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  if (options.comment !== undefined)
    document.commentBefore = options.comment
      .split('\n')
      .map((line) => ` ${line}`)
      .join('\n');
  return document.toString({ lineWidth: 0, flowCollectionPadding: true });
}
