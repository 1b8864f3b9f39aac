/**
 * The engine: compiles the rule sets once (compile-item.ts), then for each case reads the dates,
 * lets the version rules (versions.ts, lex-mitior.ts) and the concurrence rule (concurrence.ts)
 * choose, and runs the decisions (penalty.ts, licensing.ts). The only module that decides.
 */
import type { Language } from '../explain/condition-text.js';
import { defaultCalendar } from '../calendar/index.js';
import type { Calendar } from '../calendar/index.js';
import { caseItemCode, validateCase, validateDates } from '../case/parse-case.js';
import { factTable, quickCasePlan, readCaseShape, readQuickCase } from '../case/quick-case.js';
import type { CaseShape, FactTable } from '../case/quick-case.js';
import { CailiangError } from '../errors/cailiang-error.js';
import type { Issue } from '../errors/cailiang-error.js';
import { checkInput } from '../limits/check-input.js';
import { resolveLimits } from '../limits/limits.js';
import type { Limits } from '../limits/limits.js';
import { isLoadedRuleSet, loadRuleSet, ruleSetDigest } from '../ruleset/load.js';
import type { RuleSet } from '../ruleset/load.js';
import { itemCompiler } from './compile-item.js';
import { PENALTY_LAW_2021 } from '../general-rules/editions.js';
import type { PenaltyLawEdition } from '../general-rules/editions.js';
import { GeneralRuleEntries } from './general-rule-trace.js';
import type { Decision, TraceEntry } from './decision.js';
import { decidePenalty } from './penalty.js';
import { decideLicensing } from './licensing.js';
import { caseOfItem, checkFactsDeclared, concurrentDecision, concurrentItems } from './concurrence.js';
import { comparisonRefused, lighterVersion, penaltyVersion } from './lex-mitior.js';
import type { VersionApplied, VersionComparison } from './lex-mitior.js';
import { checkHistories, itemVersion, licensingVersion } from './versions.js';
import type { ItemVersion } from './versions.js';
import { unknownItem } from './unknown-item.js';

export interface EngineOptions {
  /**
   * The working-day calendar for time limits (default: the State Council arrangements the
   * library ships). Pass your own to add next year's notice without a new release.
   */
  readonly calendar?: Calendar;
  /** Record every condition evaluated in `decision.trace` (default true). */
  readonly trace?: boolean;
  /** Accept case facts the rule set does not declare instead of refusing the case (default false). */
  readonly allowUnknownFacts?: boolean;
  /**
   * The limits a case is held to (default `DEFAULT_LIMITS`): its size, and the digits of its
   * amounts (`maxAmountDigits`, `maxAmountDecimals`), checked before any arithmetic.
   */
  readonly limits?: Partial<Limits>;
  /**
   * The language of the decisions' warning messages: zh (default — officers read them) or en.
   * Warning codes, and everything else in a decision, are the same in both.
   */
  readonly language?: Language;
}

/** A compiled set of rule sets, ready to decide any number of cases. Safe to share. */
export interface Engine {
  /**
   * Decides one case (spec §2 in, spec §4 out).
   *
   * @throws CailiangError for a case that is invalid or that the rule set cannot decide
   */
  decide(caseInput: unknown): Decision;
  /** The rule sets the engine was built from, in the order given. */
  readonly ruleSets: readonly RuleSet[];
  /** The codes of every item the engine knows. */
  readonly itemCodes: readonly string[];
}

/**
 * Compiles rule sets (several versions of one id form a history) into an engine. Compilation
 * happens once; `decide` then only evaluates closures.
 *
 * @param ruleSets - rule sets from {@link loadRuleSet} (plain objects are loaded first)
 * @throws CailiangError INVALID_ENGINE when versions overlap or two rule sets claim one item code
 * @example
 * const engine = createEngine([loadRuleSet(yamlText)]);
 * const decision = engine.decide({ item: 'FS-124-1-3', facts: { … }, dates: { act: '2025-03-10' } });
 */
export function createEngine(ruleSets: readonly unknown[], options: EngineOptions = {}): Engine {
  const loaded = ruleSets.map((ruleSet) => (isLoadedRuleSet(ruleSet) ? ruleSet : loadRuleSet(ruleSet)));
  if (loaded.length === 0)
    throw new CailiangError('INVALID_ENGINE', [
      { code: 'no_rule_sets', path: '', message: 'an engine needs at least one rule set' },
    ]);
  checkHistories(loaded);
  const index = indexItems(loaded);
  const trace = options.trace ?? true;
  const language = options.language ?? 'zh';
  const calendar = options.calendar ?? defaultCalendar;
  const limits = resolveLimits(options.limits);
  const generalRules = new GeneralRuleEntries();
  const allowUnknownFacts = options.allowUnknownFacts === true;
  const penaltyItems = penaltyOnly(index);

  const versionsOf = (code: string): ItemVersion[] => {
    const versions = index.get(code);
    if (versions !== undefined) return versions;
    throw unknownItem(code, [...index.keys()]);
  };

  const decideItem = (
    input: Record<string, unknown>,
    versions: readonly ItemVersion[],
    allowUnknownFacts: boolean,
  ): Decision => {
    const dates = datesOrAllIssues(input, versions, allowUnknownFacts, limits);
    const datesKind = (versions[versions.length - 1] as ItemVersion).compiled.kind;
    const decideWith = (version: ItemVersion, penaltyLaw: PenaltyLawEdition, preface: TraceEntry[]): Decision => {
      const { compiled } = version;
      // The dates were read for the latest version's kind; a version of another kind reads them anew.
      const kase = validateCase(input, {
        facts: compiled.ruleSet.facts,
        required: compiled.required,
        kind: compiled.kind,
        readers: compiled.factReaders,
        allowUnknownFacts,
        limits,
        dates: compiled.kind === datesKind ? dates : undefined,
        persons: compiled.kind === 'penalty' ? compiled.persons?.wanted : undefined,
      });
      if (compiled.kind === 'licensing') return decideLicensing(compiled, kase, { trace, preface, calendar, language });
      return decidePenalty(compiled, kase, { trace, preface, calendar, generalRules, penaltyLaw, language });
    };
    if ((versions[0] as ItemVersion).compiled.kind === 'licensing') {
      // A licensing decision applies no general rule of 行政处罚法: the edition is never read.
      const licensing = licensingVersion(versions, dates);
      return decideWith(licensing.version, PENALTY_LAW_2021, [licensing.step]);
    }
    const choice = penaltyVersion(versions, dates);
    if ('version' in choice) return decideWith(choice.version, choice.penaltyLaw, [choice.step]);
    // 第三十七条: decide under the law at the act and the law at the decision, and apply the lighter.
    const atAct = decideWith(choice.atAct, choice.lawAtAct, []);
    let atDecision: Decision;
    try {
      atDecision = decideWith(choice.atDecision, choice.lawAtDecision, []);
    } catch (error) {
      throw error instanceof CailiangError ? comparisonRefused(choice, error) : error;
    }
    return lighterVersion(choice, atAct, atDecision, trace);
  };

  /**
   * A case of the usual shape (case/quick-case.ts): its dates choose the version, and it is read
   * once for the version chosen. `undefined` for any case that is unusual or wrong somewhere,
   * before anything is decided: the full way then finds and words the problem as it always has.
   */
  const decideUsual = (caseInput: unknown): Decision | undefined => {
    const shape = readCaseShape(caseInput, limits);
    if (shape === undefined) return undefined;
    const versions = penaltyItems.get(shape.item);
    if (versions === undefined) return undefined;
    let choice: VersionApplied | VersionComparison;
    try {
      choice = penaltyVersion(versions, shape.dates);
    } catch (error) {
      // The full way refuses the case too, for this or for a problem it finds first.
      if (error instanceof CailiangError) return undefined;
      throw error;
    }
    if ('version' in choice) {
      const { compiled, plan } = choice.version;
      const kase = readQuickCase(shape, plan, allowUnknownFacts, limits);
      // (Every version of these items is a penalty item: the test narrows the type.)
      if (kase === undefined || compiled.kind !== 'penalty') return undefined;
      return decidePenalty(compiled, kase, {
        trace,
        preface: [choice.step],
        calendar,
        generalRules,
        penaltyLaw: choice.penaltyLaw,
        language,
      });
    }
    return decideCompared(shape, choice);
  };

  /** 第三十七条 for a case of the usual shape: read for both versions first, then decided as the full way does. */
  const decideCompared = (shape: CaseShape, choice: VersionComparison): Decision | undefined => {
    const atActCase = readQuickCase(shape, choice.atAct.plan, allowUnknownFacts, limits);
    const atDecisionCase = readQuickCase(shape, choice.atDecision.plan, allowUnknownFacts, limits);
    const actItem = choice.atAct.compiled;
    const decisionItem = choice.atDecision.compiled;
    if (atActCase === undefined || atDecisionCase === undefined) return undefined;
    if (actItem.kind !== 'penalty' || decisionItem.kind !== 'penalty') return undefined;
    const context = { trace, preface: [], calendar, generalRules, language };
    const atAct = decidePenalty(actItem, atActCase, {
      ...context,
      penaltyLaw: choice.lawAtAct,
    });
    let atDecision: Decision;
    try {
      atDecision = decidePenalty(decisionItem, atDecisionCase, {
        ...context,
        penaltyLaw: choice.lawAtDecision,
      });
    } catch (error) {
      throw error instanceof CailiangError ? comparisonRefused(choice, error) : error;
    }
    return lighterVersion(choice, atAct, atDecision, trace);
  };

  const decide = (caseInput: unknown): Decision => {
    const usual = decideUsual(caseInput);
    if (usual !== undefined) return usual;
    // A case is a few dozen values: the walk costs next to nothing beside the decision.
    checkInput(caseInput, 'INVALID_CASE', { limits });
    const codes = concurrentItems(caseInput);
    if (codes === undefined)
      return decideItem(caseInput as Record<string, unknown>, versionsOf(caseItemCode(caseInput)), allowUnknownFacts);
    // 第二十九条: every item decided on the same facts; the concurrence rule chooses among them.
    const input = caseInput as Record<string, unknown>;
    const versions = codes.map(versionsOf);
    if (!allowUnknownFacts) checkFactsDeclared(input, versions);
    return concurrentDecision(
      codes.map((code, index) => decideItem(caseOfItem(input, code, versions), versions[index] as ItemVersion[], true)),
      trace,
      language,
    );
  };

  return Object.freeze({ decide, ruleSets: Object.freeze([...loaded]), itemCodes: Object.freeze([...index.keys()]) });
}

function indexItems(ruleSets: readonly RuleSet[]): Map<string, ItemVersion[]> {
  const index = new Map<string, ItemVersion[]>();
  const owner = new Map<string, string>();
  const issues: Issue[] = [];
  for (const ruleSet of ruleSets) {
    const digest = ruleSetDigest(ruleSet);
    const compile = itemCompiler(ruleSet, digest);
    let table: FactTable | undefined;
    ruleSet.items.forEach((item, itemIndex) => {
      const claimed = owner.get(item.code);
      if (claimed !== undefined && claimed !== ruleSet.id) {
        issues.push({
          code: 'duplicate_item',
          path: '',
          message: `item code "${item.code}" is in both ${claimed} and ${ruleSet.id}; a case could not say which it means`,
        });
        return;
      }
      owner.set(item.code, ruleSet.id);
      const versions = index.get(item.code) ?? [];
      const compiled = compile(itemIndex);
      // Every item of the rule set shares its readers, so they share one table.
      table ??= factTable(compiled.factReaders);
      versions.push(itemVersion(ruleSet, compiled, quickCasePlan(table, compiled.required)));
      index.set(item.code, versions);
    });
  }
  if (issues.length > 0) throw new CailiangError('INVALID_ENGINE', issues);
  for (const versions of index.values()) {
    versions.sort((a, b) => (a.ruleSet.effective.from < b.ruleSet.effective.from ? -1 : 1));
  }
  return index;
}

/** The items whose every version is a penalty item: the ones a case of the usual shape is decided for. */
function penaltyOnly(index: ReadonlyMap<string, ItemVersion[]>): Map<string, readonly ItemVersion[]> {
  const penalty = new Map<string, readonly ItemVersion[]>();
  for (const [code, versions] of index)
    if (versions.every((version) => version.compiled.kind === 'penalty')) penalty.set(code, versions);
  return penalty;
}

/**
 * The case's dates, which choose the version. When they are invalid no version can be chosen,
 * but the facts are still checked against the latest version, so that one run reports every
 * problem of the case rather than the dates alone.
 */
function datesOrAllIssues(
  input: Record<string, unknown>,
  versions: readonly ItemVersion[],
  allowUnknownFacts: boolean,
  limits: Limits,
) {
  const latest = (versions[versions.length - 1] as ItemVersion).compiled;
  try {
    return validateDates(input, latest.kind);
  } catch (dateError) {
    if (!(dateError instanceof CailiangError)) throw dateError;
    // validateCase checks the dates too, so its error lists the date problems with the rest.
    validateCase(input, {
      facts: latest.ruleSet.facts,
      required: latest.required,
      kind: latest.kind,
      readers: latest.factReaders,
      allowUnknownFacts,
      limits,
      persons: latest.kind === 'penalty' ? latest.persons?.wanted : undefined,
    });
    throw dateError;
  }
}
