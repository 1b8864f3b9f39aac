import type { RuleSet } from '../ruleset/load.js';
import { fixtureImpact } from './impact.js';
import type { CaseImpact, ImpactCase } from './impact.js';
import { structuralChanges } from './structure.js';
import type { Change } from './structure.js';

/** What a revision changes: the table itself, and the cases it moves. */
export interface RuleSetDiff {
  readonly from: { readonly id: string; readonly version: string };
  readonly to: { readonly id: string; readonly version: string };
  readonly changes: readonly Change[];
  /** Present when cases were given. */
  readonly impact?: { readonly changed: readonly CaseImpact[]; readonly unchanged: number };
}

/**
 * Compares two versions of a benchmark — what a department attaches to a revision for legality
 * review: the changes to the table, and, given a fixture corpus, which cases change outcome,
 * tier or fine range and by how much.
 *
 * @param from - the version in force
 * @param to - the revision
 * @param cases - cases to decide under both (fixture cases), optional
 * @example diffRuleSets(v2023, v2024, cases).impact?.changed
 */
export function diffRuleSets(from: RuleSet, to: RuleSet, cases?: readonly ImpactCase[]): RuleSetDiff {
  return {
    from: { id: from.id, version: from.version },
    to: { id: to.id, version: to.version },
    changes: structuralChanges(from, to),
    ...(cases === undefined ? {} : { impact: fixtureImpact(from, to, cases) }),
  };
}

/** The diff as Markdown: the changes, then the cases that move, as tables. */
export function formatDiffMarkdown(diff: RuleSetDiff): string {
  const cell = (value: unknown) =>
    (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value)).replace(/\|/g, '\\|');
  const lines = [`# ${diff.from.id}: ${diff.from.version} → ${diff.to.version}`, '', '## Changes', ''];
  if (diff.changes.length === 0) lines.push('No change.');
  else {
    lines.push('| change | where | from | to |', '|---|---|---|---|');
    for (const change of diff.changes)
      lines.push(`| ${change.kind} | ${cell(change.path)} | ${cell(change.from)} | ${cell(change.to)} |`);
  }
  if (diff.impact !== undefined) {
    lines.push(
      '',
      '## Cases',
      '',
      `${diff.impact.changed.length} case(s) change, ${diff.impact.unchanged} do not.`,
      '',
    );
    if (diff.impact.changed.length > 0) {
      lines.push(
        '| case | item | outcome | tier | fine (from) | fine (to) | Δ min | Δ max |',
        '|---|---|---|---|---|---|---|---|',
      );
      const range = (outcome: CaseImpact['from']) =>
        outcome.error !== undefined
          ? `error ${outcome.error}`
          : outcome.fine === undefined
            ? '—'
            : `${outcome.fine.min}–${outcome.fine.max}`;
      for (const impact of diff.impact.changed) {
        const outcome =
          impact.from.outcome === impact.to.outcome
            ? (impact.to.outcome ?? '')
            : `${impact.from.outcome ?? 'error'} → ${impact.to.outcome ?? 'error'}`;
        const tier =
          impact.from.tier === impact.to.tier
            ? String(impact.to.tier ?? '')
            : `${String(impact.from.tier ?? '—')} → ${String(impact.to.tier ?? '—')}`;
        lines.push(
          `| ${cell(impact.name)} | ${impact.item} | ${outcome} | ${tier} | ${range(impact.from)} | ${range(impact.to)} | ${impact.fineDelta?.min ?? ''} | ${impact.fineDelta?.max ?? ''} |`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
