import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index.js';
import { renderHtml } from '../../src/render/index.js';
import { ARTIFACTS, haveBrowser, launchBrowser, mustHaveBrowser } from '../../../../test/e2e/browser.js';
import { exampleRuleSetText } from '../../../../test-support/builders.js';

const example = loadRuleSet(exampleRuleSetText());

describe.skipIf(!haveBrowser && !mustHaveBrowser)('renderHtml in headless Chromium', () => {
  it('shows the table as published, needs no network, and prints', async () => {
    const html = renderHtml(example);
    // launchBrowser makes the artifacts folder: write the page after it, so the test runs alone too.
    const browser = await launchBrowser();
    writeFileSync(`${ARTIFACTS}render-food-safety.html`, html);
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.setContent(html, { waitUntil: 'load' });

      expect(await page.title()).toBe('食品安全违法行为行政处罚裁量基准（示例）');
      expect(await page.locator('table.benchmark thead th').allTextContents()).toEqual([
        '序号',
        '违法行为',
        '违法依据',
        '处罚依据',
        '裁量阶次',
        '适用情形',
        '处罚标准',
      ]);
      const item = page.locator('tbody[data-item="FS-124-1-3"]');
      expect(await item.locator('tr').count()).toBe(4);
      expect(await item.locator('td.tier').allTextContents()).toEqual(['从轻', '一般', '从重', '情节严重']);
      expect(await item.locator('td.basis').getAttribute('rowspan')).toBe('4');
      expect(await item.locator('tr[data-level="general"] td.standard').innerText()).toBe(
        '货值金额不足一万元的，罚款六万五千元以上八万五千元以下；货值金额一万元以上的，罚款货值金额十三倍以上十七倍以下',
      );
      expect(await item.locator('tr[data-level="severe"] td.standard').innerText()).toBe(
        '货值金额不足一万元的，罚款八万五千元以上十万元以下；货值金额一万元以上的，罚款货值金额十七倍以上二十倍以下\n并处吊销许可证件',
      );
      // The rowspan cells sit beside every tier row: the basis cell is as tall as the four rows.
      const basis = await item.locator('td.basis').boundingBox();
      const rows = await item
        .locator('tr')
        .evaluateAll((elements) => elements.reduce((sum, element) => sum + element.getBoundingClientRect().height, 0));
      expect(Math.abs((basis?.height ?? 0) - rows)).toBeLessThan(2);
      expect(await page.locator('table.licensing td').nth(4).innerText()).toBe('十个工作日');
      expect(requests.filter((url) => !url.startsWith('about:') && !url.startsWith('data:'))).toEqual([]);

      await page.screenshot({ path: `${ARTIFACTS}render-food-safety.png`, fullPage: true });
      await page.emulateMedia({ media: 'print' });
      expect(
        await page
          .locator('table.benchmark thead')
          .evaluate(
            (element) =>
              (globalThis as unknown as { getComputedStyle(node: unknown): { display: string } }).getComputedStyle(
                element,
              ).display,
          ),
      ).toBe('table-header-group');
      const pdf = await page.pdf({ landscape: true, format: 'A4', printBackground: true });
      writeFileSync(`${ARTIFACTS}render-food-safety.pdf`, pdf);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  });
});
