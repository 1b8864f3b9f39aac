import { readFileSync, readdirSync } from 'node:fs';
import type { RuleSet } from '@cailiang/core';
import { parseStatute, provisionText, STATUTES_DIR } from './statutes.js';
import type { Statute } from './statutes.js';

type LicensingItem = Extract<RuleSet['items'][number], { kind: 'licensing' }>;

const LICENSING_LAW = '中华人民共和国行政许可法';

/**
 * Every statute text by title and the year of its edition, read from the file name
 * (`food-safety-law-2025.md` → 2025): two editions of one law sit side by side, and a licensing
 * item must be checked against the edition its rule set cites (`laws.<key>.edition`).
 */
function statutesByEdition(): Map<string, Statute> {
  const byEdition = new Map<string, Statute>();
  for (const file of readdirSync(STATUTES_DIR).filter((name) => name.endsWith('.md'))) {
    const year = /-(\d{4})\.md$/.exec(file)?.[1];
    if (year === undefined) continue;
    const statute = parseStatute(readFileSync(new URL(file, STATUTES_DIR), 'utf8'), file);
    byEdition.set(`${statute.title}@${year}`, statute);
  }
  return byEdition;
}

let cache: Map<string, Statute> | undefined;

/** 1–99 as the statutes write them: 五, 十, 十五, 二十, 四十五. */
export function chineseDays(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

/**
 * The statute cross-check of a licensing item: every provision it cites (basis, conditions,
 * materials) exists in the edition the rule set names, and the statutory limit and extension are
 * the days 行政许可法 第四十二条 states for its `handling` (第一款 「二十日」「延长十日」, 第二款
 * 「四十五日」「延长十五日」), or days a cited basis states itself (「法律、法规另有规定的，依照其规定」);
 * a lower review's days are 第四十三条's.
 *
 * @returns the number of comparisons and one line per mismatch
 */
export function crossCheckLicensingItem(
  ruleSet: RuleSet,
  item: LicensingItem,
  where: string,
): { checks: number; problems: string[] } {
  cache ??= statutesByEdition();
  const statutes = cache;
  const problems: string[] = [];
  let checks = 0;
  const statuteOf = (law: string): Statute | undefined => {
    const declared = ruleSet.laws[law];
    if (declared === undefined) return undefined;
    return statutes.get(`${declared.title}@${declared.edition?.slice(0, 4)}`);
  };
  const cited = [
    ...item.basis.map((citation, index) => ({ citation, path: `basis[${index}]` })),
    ...(item.conditions ?? []).flatMap((condition, c) =>
      (condition.basis ?? []).map((citation, index) => ({ citation, path: `conditions[${c}].basis[${index}]` })),
    ),
    ...(item.materials ?? []).flatMap((material, m) =>
      (material.basis ?? []).map((citation, index) => ({ citation, path: `materials[${m}].basis[${index}]` })),
    ),
  ];
  for (const { citation, path } of cited) {
    const statute = statuteOf(citation.law);
    if (statute === undefined) {
      problems.push(`${where} ${path}: no statute text for ${citation.law} in the edition the rule set names`);
      continue;
    }
    checks += 1;
    try {
      provisionText(statute, citation);
    } catch (error) {
      problems.push(`${where} ${path}: ${(error as Error).message}`);
    }
  }
  const licensingLaw = statutes.get(`${LICENSING_LAW}@2019`);
  if (licensingLaw === undefined) return { checks, problems: [...problems, `${where}: 行政许可法 text missing`] };
  const basisText = item.basis
    .map((citation) => {
      const statute = statuteOf(citation.law);
      try {
        return statute === undefined ? '' : provisionText(statute, citation);
      } catch {
        return '';
      }
    })
    .join('\n');
  const { statutory, lowerReview } = item.timeLimit;
  const paragraph = statutory.handling === 'joint' ? 2 : 1;
  const article42 = provisionText(licensingLaw, { article: 42, paragraph });
  const expect = (phrase: string, path: string, text: string, provision: string) => {
    checks += 1;
    if (!text.includes(phrase) && !basisText.includes(phrase))
      problems.push(`${where} ${path}: 「${phrase}」 is neither in ${provision} nor in the item's basis`);
  };
  expect(
    `${chineseDays(statutory.workingDays)}日`,
    'timeLimit.statutory.workingDays',
    article42,
    `第四十二条第${paragraph === 1 ? '一' : '二'}款`,
  );
  if (statutory.extension)
    expect(
      `延长${chineseDays(statutory.extension)}日`,
      'timeLimit.statutory.extension',
      article42,
      `第四十二条第${paragraph === 1 ? '一' : '二'}款`,
    );
  if (lowerReview !== undefined)
    expect(
      `${chineseDays(lowerReview.workingDays)}日`,
      'timeLimit.lowerReview.workingDays',
      provisionText(licensingLaw, { article: 43 }),
      '第四十三条',
    );
  return { checks, problems };
}
