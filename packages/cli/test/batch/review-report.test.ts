import { describe, expect, it } from 'vitest';
import type { ChunkResult } from '../../src/batch/chunk.js';
import { reportData } from '../../src/batch/report-data.js';
import { renderHtmlReport } from '../../src/batch/report-html.js';
import { renderMarkdownReport } from '../../src/batch/report-markdown.js';
import { ResultBuilder } from '../../src/batch/result-builder.js';
import { reviewSummary } from '../../src/batch/summary-text.js';
import { BatchTally } from '../../src/batch/tally.js';

const BASIS = [
  { text: '《中华人民共和国食品安全法》第一百二十四条第一款第（三）项' },
  { text: '示例市监规〔2024〕1号 FS-124-1-3' },
];
const HEARING = [{ text: '《中华人民共和国行政处罚法》第六十三条第一款第（一）项' }];
const ITEM = { code: 'FS-124-1-3', name: '生产经营超范围、超限量使用食品添加剂的食品' };

type Finding = { code: string; severity: 'error' | 'warning'; message: string; citations: { text: string }[] };
const outsideTier: Finding = {
  code: 'fine-outside-tier',
  severity: 'warning',
  message:
    'the fine 90000 (statutory 50000–100000, tier 65000–85000) is within the statute but outside the benchmark tier; and the decision gives no reasons',
  citations: BASIS,
};
const aboveMax: Finding = {
  code: 'fine-outside-statutory',
  severity: 'error',
  message: 'the fine 120000 (statutory 50000–100000, tier 65000–85000) is above the statutory maximum',
  citations: BASIS,
};
const noHearing: Finding = {
  code: 'hearing-not-offered',
  severity: 'error',
  message: 'the party had a right to request a hearing (fine of 120000 (较大数额 from 100000)) and was not told of it',
  citations: HEARING,
};
const missing: Finding = {
  code: 'missing-mandatory-sanction',
  severity: 'error',
  message: 'confiscate-illegal-income is required (并处) but was not imposed',
  citations: BASIS,
};

/** A chunk result as a review worker would send it, from records. */
function reviewChunk(
  firstLine: number,
  lines: ({ verdict: 'pass' | 'warn' | 'fail'; findings: Finding[] } | { error: string; message: string })[],
): ChunkResult {
  const out = new ResultBuilder();
  lines.forEach((entry, index) => {
    const line = firstLine + index;
    if ('error' in entry) {
      const record = JSON.stringify({
        line,
        error: { code: entry.error, issues: [{ code: 'x', path: '', message: entry.message }] },
      });
      out.add(record, { line, status: 'error', error: { code: entry.error, message: entry.message } });
    } else {
      const text = JSON.stringify({ line, verdict: entry.verdict, findings: entry.findings, item: ITEM });
      if (entry.verdict === 'pass') out.add(text);
      else
        out.add(text, {
          line,
          status: entry.verdict,
          findings: entry.findings.map(({ code, severity }) => ({ code, severity })),
        });
    }
  });
  return out.finish(0, firstLine, 0);
}

function tally(): BatchTally {
  const counts = new BatchTally(3, 50);
  // Out of order, as workers may finish: what is kept must not depend on it.
  counts.addResult(
    reviewChunk(4, [
      { verdict: 'fail', findings: [aboveMax, noHearing] },
      { error: 'PARSE_ERROR', message: 'not JSON: Unexpected token | in "a|b"' },
      { verdict: 'warn', findings: [outsideTier] },
    ]),
  );
  counts.addResult(
    reviewChunk(1, [
      { verdict: 'pass', findings: [] },
      { verdict: 'warn', findings: [outsideTier] },
      { verdict: 'fail', findings: [missing] },
    ]),
  );
  return counts;
}

const context = {
  input: 'cases.ndjson',
  ruleSets: [{ id: 'example.samr.food-safety', version: '2024.1', digest: 'sha256:0123abcd' }],
};

describe('the review report', () => {
  it('in Markdown: counts per verdict and finding, the worst cases first with their citations, the lines not reviewed', () => {
    expect(renderMarkdownReport(reportData(tally(), context), 'en')).toMatchInlineSnapshot(`
      "# Batch review report (法制审核)

      - Input: cases.ndjson, 6 lines
      - Rule set: example.samr.food-safety 2024.1 (sha256:0123abcd)

      ## Verdicts

      | verdict | cases |
      | --- | ---: |
      | fail | 2 |
      | warn | 2 |
      | pass | 1 |
      | not reviewed (error record) | 1 |

      ## Findings

      | finding | severity | cases |
      | --- | --- | ---: |
      | fine-outside-statutory | error | 1 |
      | hearing-not-offered | error | 1 |
      | missing-mandatory-sanction | error | 1 |
      | fine-outside-tier | warning | 2 |

      ## Cases, worst first

      The 3 worst of 4 cases with findings.

      ### Line 4: fail — FS-124-1-3 生产经营超范围、超限量使用食品添加剂的食品

      - **error** fine-outside-statutory: the fine 120000 (statutory 50000–100000, tier 65000–85000) is above the statutory maximum
        - 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项
        - 示例市监规〔2024〕1号 FS-124-1-3
      - **error** hearing-not-offered: the party had a right to request a hearing (fine of 120000 (较大数额 from 100000)) and was not told of it
        - 《中华人民共和国行政处罚法》第六十三条第一款第（一）项

      ### Line 3: fail — FS-124-1-3 生产经营超范围、超限量使用食品添加剂的食品

      - **error** missing-mandatory-sanction: confiscate-illegal-income is required (并处) but was not imposed
        - 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项
        - 示例市监规〔2024〕1号 FS-124-1-3

      ### Line 2: warn — FS-124-1-3 生产经营超范围、超限量使用食品添加剂的食品

      - **warning** fine-outside-tier: the fine 90000 (statutory 50000–100000, tier 65000–85000) is within the statute but outside the benchmark tier; and the decision gives no reasons
        - 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项
        - 示例市监规〔2024〕1号 FS-124-1-3

      ## Lines that could not be reviewed

      | line | error | problem |
      | ---: | --- | --- |
      | 5 | PARSE\\_ERROR | not JSON: Unexpected token \\| in "a\\|b" |
      "
    `);
  });

  it('in Chinese by default: headings, verdicts and severities in words a reviewer reads, codes unchanged', () => {
    const text = renderMarkdownReport(reportData(tally(), context));
    expect(text.split('\n').slice(0, 14)).toEqual([
      '# 批量法制审核报告',
      '',
      '- 输入：cases.ndjson，共6行',
      '- 规则集：example.samr.food-safety 2024.1（sha256:0123abcd）',
      '',
      '## 审核结论',
      '',
      '| 结论 | 案件数 |',
      '| --- | ---: |',
      '| 不通过 | 2 |',
      '| 需说明理由 | 2 |',
      '| 通过 | 1 |',
      '| 未能审核（错误记录） | 1 |',
      '',
    ]);
    expect(text).toContain('| fine-outside-statutory | 错误 | 1 |');
    expect(text).toContain('| fine-outside-tier | 警示 | 2 |');
    expect(text).toContain('有问题的4件案件中最严重的3件。');
    expect(text).toMatch(/^### 第\d+行: 不通过 — /m);
    expect(text).toContain('## 未能审核的行');
    const page = renderHtmlReport(reportData(tally(), context));
    expect(page).toContain('<title>批量法制审核报告</title>');
    expect(page).toContain('<span class="error">错误</span> <code>fine-outside-statutory</code>');
    expect(renderHtmlReport(reportData(tally(), context), 'en')).toMatch(/<html lang="en">[\s\S]*<h2>Verdicts<\/h2>/);
  });

  it('in HTML: one self-contained page, everything from the input escaped', () => {
    const counts = new BatchTally();
    counts.addResult(
      reviewChunk(1, [{ verdict: 'fail', findings: [{ ...aboveMax, message: '<script>alert(1)</script> & "more"' }] }]),
    );
    const page = renderHtmlReport(reportData(counts, context));
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(page).not.toMatch(/<script|<link|src=/);
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;more&#34;');
    expect(page).toContain('<li>《中华人民共和国食品安全法》第一百二十四条第一款第（三）项</li>');
  });

  it('ends the run with a table on stderr: verdicts, then cases per finding, in Chinese by default', () => {
    expect(reviewSummary(tally(), 0)).toBe(
      [
        '批量审核：6 行 · 通过 1 · 需说明理由 2 · 不通过 2 · 错误记录 1 条（PARSE_ERROR 1）',
        '  案件数  类别  问题',
        '       1  错误  fine-outside-statutory',
        '       1  错误  hearing-not-offered',
        '       1  错误  missing-mandatory-sanction',
        '       2  警示  fine-outside-tier',
        '',
      ].join('\n'),
    );
    expect(reviewSummary(tally(), 0, 'en')).toBe(
      [
        'review: 6 lines · pass 1 · warn 2 · fail 2 · error records 1 (PARSE_ERROR 1)',
        '  cases  severity  finding',
        '      1  error     fine-outside-statutory',
        '      1  error     hearing-not-offered',
        '      1  error     missing-mandatory-sanction',
        '      2  warning   fine-outside-tier',
        '',
      ].join('\n'),
    );
  });
});
