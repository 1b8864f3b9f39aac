import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cailiang/cli';
import { FOOD_RULES, generateReviewLines, ndjson } from '../../test-support/generate-cases.js';
import { ARTIFACTS, haveBrowser, launchBrowser, mustHaveBrowser } from './browser.js';

/** Runs the CLI in this process and keeps what it printed. */
async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: () => Readable.from([]),
  });
  return { code, stdout, stderr };
}

describe.skipIf(!haveBrowser && !mustHaveBrowser)('the review report in headless Chromium', () => {
  it('reads in Chinese: headings, verdicts and finding messages, with no script and no network', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cailiang-review-report-'));
    try {
      const input = join(dir, 'review.ndjson');
      writeFileSync(input, ndjson(generateReviewLines(120, 9)));
      const report = join(dir, 'review.html');
      const run = await cli(['review', '--rules', FOOD_RULES, '--batch', input, '--workers', '1', '--report', report]);
      expect(run.stderr).toMatch(/^批量审核：120 行 · 通过 /);
      const html = readFileSync(report, 'utf8');

      const browser = await launchBrowser();
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const requests: string[] = [];
        await page.route('**/*', (route) => {
          requests.push(route.request().url());
          return route.abort();
        });
        await page.setContent(html, { waitUntil: 'load' });
        expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
        const headings = await page.locator('h1, h2').allInnerTexts();
        expect(headings).toContain('案件（问题最严重的在前）');
        for (const heading of headings) expect(heading, heading).toMatch(/[\u4e00-\u9fff]/);
        const text = await page.locator('body').innerText();
        // The verdicts by their Chinese names, not PASS/WARN/FAIL.
        expect(text).toContain('需说明理由');
        expect(text).toContain('不通过');
        expect(text).not.toMatch(/\b(?:PASS|WARN|FAIL)\b/);
        // Finding messages are sentences in Chinese; their codes may stand beside them.
        const findings = await page.locator('li:has(> span):has(> code)').allInnerTexts();
        expect(findings.length).toBeGreaterThan(0);
        for (const finding of findings) {
          const sentence = finding.slice(finding.indexOf(':') + 1).split('\n')[0] ?? '';
          expect(sentence, finding).toMatch(/[\u4e00-\u9fff]{4}/);
        }
        expect(requests).toEqual([]);
        await page.screenshot({ path: join(ARTIFACTS, 'review-report.png'), fullPage: true });
      } finally {
        await browser.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
