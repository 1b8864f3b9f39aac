import type { RuleSet } from '../ruleset/load.js';
import type { LintSay, VersionParam } from './messages.js';
import { withSource } from './types.js';
import type { Finding } from './types.js';

/** A rule set that loaded, with the file it came from. */
export interface LoadedInput {
  readonly ruleSet: RuleSet;
  readonly source?: string | undefined;
}

/**
 * Versions of one rule-set id given together must form a history, as `createEngine` requires
 * (decide/versions.ts `checkHistories`): distinct version names and effective ranges that do not
 * overlap, both ends inclusive. Two versions in force on one day leave 第三十七条's "the rules in
 * force when the act occurred" undetermined. Unlike `checkHistories`, every pair is compared (not
 * only neighbours in start order), so a long-lived version overlapping a later one is reported
 * even with a third version between them.
 *
 * @param inputs - the rule sets that loaded, in the order given
 * @param say - writes the message in the lint's language
 * @returns `duplicate-version` and `version-overlap` errors, on the later version's `effective` (or `version`)
 * @example checkVersions([{ ruleSet: v2023 }, { ruleSet: v2024 }]) // [] when v2023 ends before v2024 begins
 */
export function checkVersions(inputs: readonly LoadedInput[], say: LintSay): Finding[] {
  const byId = new Map<string, LoadedInput[]>();
  for (const input of inputs) byId.set(input.ruleSet.id, [...(byId.get(input.ruleSet.id) ?? []), input]);
  const findings: Finding[] = [];
  for (const [id, versions] of byId) {
    const sorted = [...versions].sort((a, b) => compareText(a.ruleSet.effective.from, b.ruleSet.effective.from));
    for (let j = 1; j < sorted.length; j++) {
      const later = sorted[j] as LoadedInput;
      for (let i = 0; i < j; i++) {
        const earlier = sorted[i] as LoadedInput;
        const finding = clash(id, earlier, later, say);
        if (finding !== undefined) findings.push(finding);
      }
    }
  }
  return findings;
}

function clash(id: string, earlier: LoadedInput, later: LoadedInput, say: LintSay): Finding | undefined {
  const a = earlier.ruleSet;
  const b = later.ruleSet;
  if (a.version === b.version) {
    return withSource(
      {
        code: 'duplicate-version',
        severity: 'error',
        path: 'version',
        message: say('duplicate-version', { id, version: b.version, source: earlier.source }),
      },
      later.source,
    );
  }
  // Sorted by start: they overlap when the earlier one is still in force on the later one's first day.
  if (a.effective.until !== undefined && a.effective.until < b.effective.from) return undefined;
  return withSource(
    {
      code: 'version-overlap',
      severity: 'error',
      path: 'effective',
      message: say('version-overlap', { id, earlier: version(earlier), later: version(later) }),
    },
    later.source,
  );
}

function version({ ruleSet, source }: LoadedInput): VersionParam {
  return { version: ruleSet.version, from: ruleSet.effective.from, until: ruleSet.effective.until, source };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
