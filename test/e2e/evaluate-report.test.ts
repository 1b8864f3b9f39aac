import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foodSafety, productQuality } from '@cailiang/benchmarks';
import { createEngine } from '@cailiang/core';
import { evaluate, evaluationHtml, syntheticRecords } from '@cailiang/core/evaluate';
import { ARTIFACTS, haveBrowser, launchBrowser, mustHaveBrowser } from './browser.js';

const CHARTS = {
  'chart-tier-shares': ['最轻阶次', '最重阶次', 'n = '],
  'chart-fine-positions': ['低于阶次幅度（偏离）', '中三分之一', '高于阶次幅度（偏离）'],
  'chart-deviation': ['低于幅度', '高于幅度'],
} as const;

describe.skipIf(!haveBrowser && !mustHaveBrowser)('the post-evaluation report in headless Chromium', () => {
  it('shows its charts without scripts or network, and says the data are synthetic', async () => {
    const engine = createEngine([foodSafety, productQuality], { trace: false });
    const evaluation = evaluate(engine, syntheticRecords(engine, { count: 4000, seed: 2024 }), {
      source: { name: 'synthetic: 4000 records', seed: 2024 },
    });
    const html = evaluationHtml(evaluation);
    const browser = await launchBrowser();
    try {
      // No script may be needed: the page is rendered with JavaScript off.
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const requests: string[] = [];
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      await page.setContent(html, { waitUntil: 'load' });

      // Chinese by default: the page a legal-affairs office reads.
      await expect(page.locator('.synthetic').textContent()).resolves.toContain('合成数据');
      expect(await page.locator('.synthetic').isVisible()).toBe(true);
      expect(await page.title()).toMatch(/^\[合成数据\] 裁量基准后评估报告/);

      for (const [id, labels] of Object.entries(CHARTS)) {
        const chart = page.locator(`svg#${id}`);
        expect(await chart.isVisible(), id).toBe(true);
        const box = await chart.boundingBox();
        expect(box?.width, id).toBeGreaterThan(400);
        expect(box?.height, id).toBeGreaterThan(100);
        const text = (await chart.textContent()) ?? '';
        for (const label of labels) expect(text, `${id}: ${label}`).toContain(label);
        const segments = chart.locator('rect.segment');
        expect(await segments.count(), id).toBeGreaterThan(3);
        for (const segment of await segments.all()) {
          const size = await segment.boundingBox();
          expect(size?.width ?? 0, id).toBeGreaterThan(0);
          expect(size?.height ?? 0, id).toBeGreaterThan(0);
        }
        expect(await chart.locator('text.row-label').count(), id).toBeGreaterThan(3);
      }
      // The items with most cases label the tier chart's rows.
      const busiest = [...evaluation.items].sort((a, b) => b.cases - a.cases)[0]?.code as string;
      expect(await page.locator('svg#chart-tier-shares text.row-label').allTextContents()).toContain(busiest);
      await expect(page.locator('#candidates tr.candidate').count()).resolves.toBeGreaterThan(0);
      expect(requests).toEqual([]);

      writeFileSync(join(ARTIFACTS, 'evaluation-report.html'), html);
      await page.screenshot({ path: join(ARTIFACTS, 'evaluation-report.png'), fullPage: true });
      await page.locator('#charts').screenshot({ path: join(ARTIFACTS, 'evaluation-charts.png') });
    } finally {
      await browser.close();
    }
  });
});
