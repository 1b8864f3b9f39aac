import type { ResolvedCitation } from '../citation/types.js';

/** One problem `lint` found in a rule set. */
export interface Finding {
  /** Stable kebab-case code (`tier-exceeds-statutory`); load errors keep the loader's code unless the issue names one. */
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** Path inside the rule set (`items[0].tiers[2]`); the file is in `source`. */
  readonly path: string;
  readonly message: string;
  /** The file the rule set came from, when known. */
  readonly source?: string;
  /** The code of the item the finding is in, for a load error inside an item (`FSL-124-1-3`). */
  readonly item?: string;
  /** For a load error in a text file: the line (1-based) its path leads to. */
  readonly line?: number;
  /** The column (1-based) on `line`. */
  readonly column?: number;
  /** The provisions involved: the item's 处罚依据, the benchmark itself. */
  readonly citations?: readonly ResolvedCitation[];
  /** A concrete set of facts that shows the problem (money as decimal strings; absent circumstances left out). */
  readonly witness?: Readonly<Record<string, unknown>>;
}

/** A rule set to lint, with the file it came from. */
export interface LintInput {
  /** The rule set: YAML/JSON text, data, or a loaded rule set. */
  readonly ruleSet: unknown;
  /** The file it came from, reported on each finding. */
  readonly source?: string;
}

/**
 * Errors first, then warnings; within a severity the order the checks found them (stable).
 *
 * @param findings - findings in the order they were found
 * @returns a new array, errors before warnings
 * @example errorsFirst([warning, error]) // [error, warning]
 */
export function errorsFirst(findings: readonly Finding[]): Finding[] {
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
}

/**
 * The finding attributed to a file, with keys in the documented order
 * (`code, severity, path, message, source, item, line, column, citations, witness`) so JSON output reads the same
 * for every finding.
 *
 * @param finding - a finding without source
 * @param source - the file, or undefined to leave the finding as it is
 * @returns the finding with `source`
 * @example withSource({ code: 'unused-fact', severity: 'warning', path: 'facts.x', message: '…' }, 'a.yaml')
 */
export function withSource(finding: Finding, source: string | undefined): Finding {
  if (source === undefined) return finding;
  const { code, severity, path, message, item, line, column, citations, witness } = finding;
  return {
    code,
    severity,
    path,
    message,
    source,
    ...(item === undefined ? {} : { item }),
    ...(line === undefined ? {} : { line, column: column ?? 1 }),
    ...(citations === undefined ? {} : { citations }),
    ...(witness === undefined ? {} : { witness }),
  };
}
