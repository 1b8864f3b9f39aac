import { describe, expect, it } from 'vitest';
import { haveBrowser, launchBrowser, mustHaveBrowser } from './browser.js';

describe.skipIf(!haveBrowser && !mustHaveBrowser)('headless Chromium', () => {
  it('renders a page without network', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent('<html><body><h1>裁量基准</h1></body></html>');
      expect(await page.textContent('h1')).toBe('裁量基准');
    } finally {
      await browser.close();
    }
  });
});
