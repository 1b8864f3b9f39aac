/**
 * The public surface of every package, name by name: the sorted runtime exports of each entry,
 * written out here so that a new export (or a lost one) is a decision made in review, not an
 * accident of an `export *`. Types are checked by `pnpm typecheck` and listed in docs/api.
 */
import { describe, expect, it } from 'vitest';

const PUBLIC_ENTRIES: Record<string, () => Promise<Record<string, unknown>>> = {
  '@cailiang/core': () => import('@cailiang/core'),
  '@cailiang/core/lint': () => import('@cailiang/core/lint'),
  '@cailiang/core/review': () => import('@cailiang/core/review'),
  '@cailiang/core/diff': () => import('@cailiang/core/diff'),
  '@cailiang/core/render': () => import('@cailiang/core/render'),
  '@cailiang/core/import': () => import('@cailiang/core/import'),
  '@cailiang/core/table-format': () => import('@cailiang/core/table-format'),
  '@cailiang/core/evaluate': () => import('@cailiang/core/evaluate'),
  '@cailiang/core/node': () => import('@cailiang/core/node'),
  '@cailiang/cli': () => import('@cailiang/cli'),
  '@cailiang/fixtures': () => import('@cailiang/fixtures'),
  '@cailiang/fixtures/vitest': () => import('@cailiang/fixtures/vitest'),
  '@cailiang/benchmarks': () => import('@cailiang/benchmarks'),
};

const EXPORTS: Record<string, readonly string[]> = {
  '@cailiang/core': [
    'CHINA_HOLIDAYS', 'CIRCUMSTANCES', 'CIRCUMSTANCE_NAMES', 'CailiangError', 'DEFAULT_LIMITS',
    'DEFAULT_ROUNDING', 'Decimal', 'INTERNAL_ERROR', 'ISSUE_CODES', 'LIMIT_NAMES',
    'MAX_SOURCE_LENGTH', 'RULE_SET_FORMAT', 'SANCTION_KINDS', 'SANCTION_LABELS', 'SANCTION_UNITS',
    'SANCTION_UNIT_LABELS', 'addWorkingDays', 'canonicalJson', 'checkInput', 'conditionFacts',
    'createCalendar', 'createEngine', 'defaultCalendar', 'describeCondition', 'describeValue',
    'expectedKeys', 'explainDecision', 'formatCitation', 'formatIssues', 'formatMoney',
    'formatPath', 'internalErrorOf', 'isIsoDate', 'isIssueCode', 'isRecord', 'isoDateProblem', 'joinPath',
    'lateSurcharge', 'limitation', 'loadRuleSet', 'parseSource', 'procedureDeadlines', 'readMoney',
    'reasoningText', 'resolveLimits', 'roundAmount', 'ruleSetDigest', 'ruleSetJsonSchema',
    'ruleSetScope', 'safeLoadRuleSet', 'unknownKey',
  ],
  '@cailiang/core/lint': [
    'lint', 'lintRuleSet',
  ],
  '@cailiang/core/review': [
    'readImposed', 'review', 'verdictOf',
  ],
  '@cailiang/core/diff': [
    'diffRuleSets', 'fixtureImpact', 'formatDiffMarkdown', 'structuralChanges',
  ],
  '@cailiang/core/render': [
    'FALLBACK_CIRCUMSTANCES', 'benchmarkTable', 'buildWorkbook', 'renderCsv', 'renderHtml',
    'renderMarkdown', 'sanctionText', 'statutoryText', 'tierStandard', 'workbookToCsv',
  ],
  '@cailiang/core/import': [
    'csvWorkbook', 'importCsv', 'ruleSetFromWorkbook', 'ruleSetToYaml', 'safeImportCsv',
  ],
  '@cailiang/core/table-format': [
    'HUMAN_COLUMNS', 'LICENSING_COLUMNS', 'LICENSING_SHEET', 'META_COLUMNS', 'META_SHEET',
    'PENALTY_COLUMNS', 'PENALTY_HUMAN_COLUMNS', 'PENALTY_ITEM_COLUMNS', 'PENALTY_MACHINE_COLUMNS',
    'PENALTY_SHEET', 'SHEET_NAMES', 'TIER_COLUMN_KEYS', 'UTF8_BOM', 'columnLetter', 'flattenMeta',
    'formatCell', 'formatCellValue', 'formatConditionExpression', 'formatMetaPath',
    'parseCellValue', 'parseConditionExpression', 'parseMetaPath', 'readCsv', 'writeCsv',
  ],
  '@cailiang/core/evaluate': [
    'CANDIDATE_WEIGHTS', 'CSV_COLUMNS', 'EVALUATION_FORMAT', 'FINE_POSITIONS', 'INTERNAL_ERROR',
    'PARTIAL_FORMAT', 'RULE_GAP_CODES', 'createEvaluator', 'evaluate', 'evaluationCsv',
    'evaluationHtml', 'evaluationJson', 'evaluationOfPartial', 'mergePartials', 'partialJson',
    'readPartial', 'revisionCandidates', 'syntheticRecords',
  ],
  '@cailiang/core/node': [
    'loadRuleSetFile', 'readDataFile', 'readTextFile',
  ],
  '@cailiang/cli': [
    'EvaluationWorkerError', 'evaluateFile', 'evaluateInWorkers', 'evaluateSynthetic', 'importXlsx',
    'renderXlsx', 'runCli', 'writeReports',
  ],
  '@cailiang/fixtures': [
    'fixtureDocumentSchema', 'formatFixtureReport', 'matchExpectation', 'parseFixtureDocument',
    'runFixtureCases', 'runFixtureFile',
  ],
  '@cailiang/fixtures/vitest': [
    'describeFixtures',
  ],
  '@cailiang/benchmarks': [
    'advertising', 'airPollution', 'benchmarks', 'catalog', 'environmentalImpactAssessment',
    'foodSafety', 'jiangmenEcology2020', 'jinanCityAppearance', 'jinanPublicSmoking', 'jinanWaterSupply', 'productQuality',
    'waterPollution',
  ],
};

describe('public exports', () => {
  it('lists every public entry', () => {
    expect(Object.keys(EXPORTS)).toEqual(Object.keys(PUBLIC_ENTRIES));
  });

  for (const [entry, load] of Object.entries(PUBLIC_ENTRIES)) {
    it(`${entry} exports exactly the listed names`, async () => {
      expect(Object.keys(await load()).sort()).toEqual(EXPORTS[entry]);
    });
  }
});
