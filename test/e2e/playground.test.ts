import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuleSet } from '@cailiang/core';
import { benchmarkTable, statutoryText } from '@cailiang/core/render';
import { ARTIFACTS, haveBrowser, launchBrowser, mustHaveBrowser } from './browser.js';

const PLAYGROUND = fileURLToPath(new URL('../../playground/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Builds the playground with its own Vite into a fresh folder: the page under test is today's source. */
function buildPlayground(): string {
  const out = mkdtempSync(join(tmpdir(), 'cailiang-playground-'));
  execFileSync(
    process.execPath,
    [
      join(PLAYGROUND, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: PLAYGROUND, stdio: 'pipe' },
  );
  return out;
}

/** A static file server on the loopback address, for the built page (module scripts need http). */
function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** A full-page screenshot with the decision panel unstuck, so the whole decision is in it. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.addStyleTag({ content: '.decision-panel { position: static !important; max-height: none !important; }' });
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
}

/**
 * The page's text as an officer reads it: without JSON, code, the English reasoning, the engine's
 * trace and the rule-set pane, whose identifiers are the point of them.
 */
async function visibleChinese(page: Page): Promise<string> {
  // The engine's trace is the machine's record, fact by identifier (货值金额 goodsValue), not text for the officer.
  const skipped = 'pre, code, script, style, [data-testid="reasoning-en"], [data-testid="trace"], details.paste';
  // A string, evaluated in the page: this file is type-checked without the DOM's types.
  return page.evaluate(`(() => {
    const copy = document.body.cloneNode(true);
    for (const element of copy.querySelectorAll(${JSON.stringify(skipped)})) element.remove();
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  })()`);
}

async function fill(page: Page, field: string, value: string): Promise<void> {
  const control = page.locator(`[data-field="${field}"]`);
  if ((await control.evaluate((element) => element.tagName)) === 'SELECT') await control.selectOption(value);
  else await control.fill(value);
}

/**
 * The Latin words an officer would read on the page, once the whitelisted ones are taken out: item
 * codes (FS-124-1-3), the rule set's digest line, JSON and code blocks, the trace's record after each step name.
 */
async function latinWords(page: Page): Promise<string[]> {
  const text: string = await page.evaluate(`(() => {
    const copy = document.body.cloneNode(true);
    for (const element of copy.querySelectorAll('pre, code, script, style, .digest')) element.remove();
    // The trace's step names are the page's words; what follows them (rule ids, levels, the facts the
    // engine saw) is the engine's record, identifiers by design.
    for (const entry of copy.querySelectorAll('.trace-list > li')) entry.textContent = entry.querySelector('.step').textContent;
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  })()`);
  const whitelisted = text
    .replace(/\b[A-Z][A-Z0-9]*(?:-[0-9A-Z]+)+\b/g, ' ') // item codes: FS-124-1-3
    .replace(/\bJSON\b/g, ' ') // the format's name
    .replace(/\bcailiang\b/g, ' ') // the project's name, the issuer of the derived benchmarks
    .replace(/\b(?:YAML|English)\b/g, ' '); // the paste box's formats; the select's own name for English
  return whitelisted.match(/[A-Za-z]{2,}/g) ?? [];
}

describe.skipIf(!haveBrowser && !mustHaveBrowser)('playground', () => {
  let out: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    out = buildPlayground();
    server = await serve(out);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${origin}/`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server === undefined ? done(undefined) : server.close(done)));
    if (out !== undefined) rmSync(out, { recursive: true, force: true });
  });

  it('decides the spec example case in the browser: fine range and citations', async () => {
    await page.locator('[data-testid="rule-set"]').selectOption('spec-example');
    await page.locator('[data-testid="item"]').selectOption('FS-124-1-3');
    await expect.poll(() => page.locator('[data-testid="tier-table"] tbody tr').count()).toBe(4);
    await fill(page, 'facts.goodsValue', '8000');
    await fill(page, 'facts.illegalIncome', '1200');
    await fill(page, 'facts.priorViolations', '0');
    await fill(page, 'facts.harm', 'minor');
    await fill(page, 'facts.childrenFood', 'false');

    const fine = page.locator('[data-testid="fine"]');
    await expect.poll(() => fine.getAttribute('data-min')).toBe('65000');
    expect(await fine.getAttribute('data-max')).toBe('85000');
    expect(await fine.textContent()).toContain('罚款 65,000 – 85,000 元（法定幅度 50,000 – 100,000 元）');
    expect(await page.locator('[data-testid="tier"]').textContent()).toBe('一般');
    const citations = await page.locator('[data-testid="citations"] li').allTextContents();
    expect(citations).toContain('违法依据 《中华人民共和国食品安全法》第三十四条第（四）项');
    expect(citations).toContain('处罚依据 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项');
    expect(citations).toContain('裁量基准 示例市监规〔2024〕1号 FS-124-1-3');
    expect(await page.locator('svg.range-picture').getAttribute('aria-label')).toBe(
      '法定幅度 50000–100000 元；本案 65000–85000 元',
    );
    expect(await page.locator('[data-testid="reasoning-zh"]').textContent()).toContain(
      '《中华人民共和国食品安全法》第一百二十四条第一款第（三）项',
    );
    // Chinese by default (#20): the English reasoning is for `?lang=en`, not beside the Chinese.
    expect(await page.locator('[data-testid="reasoning-en"]').count()).toBe(0);

    // A worse circumstance moves the case to 从重: the top 30% of the statutory range.
    await fill(page, 'facts.harm', 'serious');
    await expect.poll(() => fine.getAttribute('data-min')).toBe('85000');
    expect(await fine.getAttribute('data-max')).toBe('100000');
    expect(await page.locator('[data-testid="tier"]').textContent()).toBe('从重');
    await screenshot(page, 'playground.png');
  });

  it('shows the item as the published table words it: the statute and each tier as core renders them', async () => {
    const ruleSet = loadRuleSet(
      readFileSync(new URL('../../packages/fixtures/contract/food-safety.rules.yaml', import.meta.url), 'utf8'),
    );
    const item = ruleSet.items.find((candidate) => candidate.code === 'FS-124-1-3');
    const published = benchmarkTable(ruleSet).penalty.find((entry) => entry.code === 'FS-124-1-3');
    if (item?.kind !== 'penalty' || published === undefined) throw new Error('the spec example lost FS-124-1-3');
    await page.locator('[data-testid="item"]').selectOption('FS-124-1-3');
    const statute = page.locator('.item-head tr', { hasText: '法定处罚' }).locator('td');
    expect(await statute.innerText()).toBe(`${statutoryText(item, ruleSet)}。`);
    for (const tier of published.tiers) {
      const cells = page.locator(`[data-testid="tier-table"] tr[data-tier="${tier.level}"] td`);
      expect(await cells.nth(0).innerText()).toBe(tier.circumstances.join('\n'));
      expect(await cells.nth(1).innerText()).toBe(tier.standard.join('\n'));
    }
    expect(await page.locator('[data-testid="tier-table"] tr[data-tier="general"] td').nth(1).innerText()).toBe(
      '货值金额不足一万元的，罚款六万五千元以上八万五千元以下；货值金额一万元以上的，罚款货值金额十三倍以上十七倍以下',
    );
    // The item's 首违不罚 and 从轻减轻 grounds, row for row as the published table lists them.
    const grounds = benchmarkTable(ruleSet).grounds.filter((ground) => ground.code === 'FS-124-1-3');
    expect(grounds.length).toBeGreaterThan(0);
    const groundRows = page.locator('table.grounds tbody tr');
    expect(await groundRows.count()).toBe(grounds.length);
    for (const [index, ground] of grounds.entries()) {
      expect(await groundRows.nth(index).locator('th').innerText()).toBe(ground.treatment);
      expect(await groundRows.nth(index).locator('td').nth(0).innerText()).toBe(ground.circumstances);
    }
    // A licensing item: its limits as the published 行政许可 table states them.
    const licensing = benchmarkTable(ruleSet).licensing.find((entry) => entry.code === 'LIC-FS-35');
    if (licensing === undefined) throw new Error('the spec example lost LIC-FS-35');
    await page.locator('[data-testid="item"]').selectOption('LIC-FS-35');
    const cell = (label: string) => page.locator('.item-head tr', { hasText: label }).locator('td');
    await expect.poll(() => cell('法定时限').innerText()).toBe(licensing.statutoryLimit);
    expect(await cell('承诺时限').innerText()).toBe(licensing.promisedLimit);
    expect(await cell('设定依据').innerText()).toBe(licensing.basis.join('\n'));
    await page.locator('[data-testid="item"]').selectOption('FS-124-1-3');
  });

  it('refuses a malformed amount at the field, naming what it expects', async () => {
    await fill(page, 'facts.goodsValue', '8千');
    const problem = page.locator('[data-problem-for="facts.goodsValue"]');
    await expect.poll(() => problem.textContent()).toContain('应为金额');
    expect(await page.locator('[data-testid="refused"]').count()).toBe(1);
    await fill(page, 'facts.goodsValue', '8,00');
    await expect.poll(() => problem.textContent()).toContain('逗号位置不对');
    await fill(page, 'facts.goodsValue', '8,000');
    await expect.poll(() => page.locator('[data-testid="fine"]').count()).toBe(1);
  });

  it('reads 8,000 as 8000: the same fine either way', async () => {
    await page.locator('[data-testid="rule-set"]').selectOption('spec-example');
    await page.locator('[data-testid="item"]').selectOption('FS-124-1-3');
    const fine = page.locator('[data-testid="fine"]');
    await fill(page, 'facts.goodsValue', '8000');
    await expect.poll(() => fine.getAttribute('data-min')).not.toBeNull();
    const plain = [await fine.getAttribute('data-min'), await fine.getAttribute('data-max')];
    await fill(page, 'facts.goodsValue', '20000');
    await expect.poll(() => fine.getAttribute('data-min')).not.toBe(plain[0]);
    await fill(page, 'facts.goodsValue', '8,000');
    await expect.poll(() => fine.getAttribute('data-min')).toBe(plain[0]);
    expect(await fine.getAttribute('data-max')).toBe(plain[1]);
    expect(await page.locator('[data-problem-for="facts.goodsValue"]').textContent()).toBe('');
  });

  it('tells the 从轻 tier apart from 依法从轻 in the picture, and keeps the decision in view while facts are edited', async () => {
    // A fresh page: the full-page screenshots above unstick the panel with a style of their own.
    await page.reload();
    await page.setViewportSize({ width: 1400, height: 700 });
    await page.locator('[data-testid="rule-set"]').selectOption('spec-example');
    await page.locator('[data-testid="item"]').selectOption('FS-124-1-3');
    await fill(page, 'facts.goodsValue', '8000');
    await fill(page, 'facts.illegalIncome', '1200');
    await fill(page, 'facts.priorViolations', '0');
    await fill(page, 'facts.harm', 'none');
    await fill(page, 'facts.childrenFood', 'false');
    await expect.poll(() => page.locator('[data-testid="tier"]').textContent()).toBe('从轻');
    // The last circumstance of the form, far below the fold: the page scrolls to it.
    const last = page.locator('[data-field^="circumstances."]').last();
    await last.scrollIntoViewIfNeeded();
    await fill(page, 'circumstances.eliminatedHarm', 'true');
    const labels = await page.locator('svg.range-picture .lane-label').allTextContents();
    expect(labels).toContain('从轻阶次');
    expect(labels).toContain('依法从轻处罚');
    expect(new Set(labels).size).toBe(labels.length);
    await last.scrollIntoViewIfNeeded();
    expect(await page.evaluate('window.scrollY')).toBeGreaterThan(100);
    // Sticky: the decision column's fine is on screen while the officer edits a fact at the bottom.
    const box = await page.locator('[data-testid="fine"]').boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(700);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-editing.png') });
    await fill(page, 'circumstances.eliminatedHarm', 'false');
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  it('writes no English identifier in its Chinese text (JSON and code blocks aside)', async () => {
    await page.locator('[data-testid="rule-set"]').selectOption('spec-example');
    await page.locator('[data-testid="item"]').selectOption('FS-124-1-3');
    await fill(page, 'facts.goodsValue', '8千');
    await expect.poll(() => page.locator('[data-testid="refused"]').count()).toBe(1);
    const refusedText = await visibleChinese(page);
    await fill(page, 'facts.goodsValue', '8000');
    await expect.poll(() => page.locator('[data-testid="fine"]').count()).toBe(1);
    const decidedText = await visibleChinese(page);
    for (const text of [refusedText, decidedText]) {
      expect(text).not.toContain('goodsValue');
      expect(text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).toEqual([]);
      // Nor a tier's level beside its label (「从轻 (lighter)」).
      expect(text).not.toMatch(/\((?:lighter|general|heavier|serious)\)/);
    }
  });

  it('writes no Latin word in the default page, codes and amounts aside (#20)', async () => {
    // The default page: the first shipped benchmark's first item. (The spec example's 危害后果 enum
    // declares no valueLabels, so its table and form show none/minor/serious: the fixture's words.)
    await page.goto(`${origin}/`);
    await expect.poll(() => page.locator('[data-testid="decision"], [data-testid="refused"]').count()).toBe(1);
    // Every <details> open, so the trace's step names and the JSON summaries are read too.
    await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
    const text = await latinWords(page);
    await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = false; })`);
    expect(text).toEqual([]);
  });

  it('shows English headings on request: ?lang=en and the language select', async () => {
    await page.goto(`${origin}/?lang=en#spec-example/FS-124-1-3`);
    await fill(page, 'facts.goodsValue', '8000');
    await expect.poll(() => page.locator('[data-testid="fine"]').count()).toBe(1);
    const headings = await page.locator('.decision h3').allTextContents();
    expect(headings).toContain('Sanctions');
    expect(headings).toContain('Citations');
    expect(await page.locator('[data-testid="outcome"]').textContent()).toBe('Penalty');
    expect(await page.locator('.form-panel legend').first().textContent()).toBe('Party');
    expect(await page.locator('[data-testid="reasoning-en"]').textContent()).toMatch(/^[\x20-\x7e]/);
    expect(await page.locator('[data-testid="reasoning-zh"]').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // Back to Chinese with the select: the query goes, the item (in the address) stays.
    await page.locator('[data-testid="language"]').selectOption('zh');
    await expect.poll(() => page.locator('.decision h3').first().textContent()).toBe('处罚');
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#spec-example/FS-124-1-3');
    await page.locator('[data-testid="language"]').selectOption('en');
    await expect.poll(() => page.locator('.decision h3').first().textContent()).toBe('Sanctions');
    await page.goto(`${origin}/`);
  });

  it('decides a bundled benchmark item with a multiple of the goods value', async () => {
    await page.goto(`${origin}/#food-safety/FSL-124-1-3`);
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="item"]').inputValue()).toBe('FSL-124-1-3');
    await fill(page, 'facts.goodsValue', '20000');
    const fine = page.locator('[data-testid="fine"]');
    await expect.poll(async () => (await fine.textContent()) ?? '').toContain('法定幅度 200,000 – 400,000 元');
    const citations = await page.locator('[data-testid="citations"] li').allTextContents();
    expect(citations).toContain('处罚依据 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项');
    expect(citations.some((text) => text.startsWith('裁量基准 cailiang 推导基准'))).toBe(true);
    await screenshot(page, 'playground-benchmark.png');
  });

  it('validates a pasted rule set in the page and names each problem by its path', async () => {
    await page.locator('details.paste summary').click();
    await page.locator('#paste').fill('format: cailiang.rule-set/v1\nid: pasted.example\nversion: "1"\n');
    await page.getByRole('button', { name: '载入' }).click();
    const problems = await page.locator('[data-testid="paste-problems"] li').allTextContents();
    expect(problems.some((text) => text.startsWith('title '))).toBe(true);
    expect(problems.some((text) => text.startsWith('items '))).toBe(true);
  });

  it('decides every item of every benchmark from the generated form, without a page error', async () => {
    await page.goto(`${origin}/`);
    const outcomes = new Map<string, number>();
    const keys = await page
      .locator('[data-testid="rule-set"] option')
      .evaluateAll((options) => options.map((option) => option.getAttribute('value') ?? ''));
    for (const key of keys) {
      await page.locator('[data-testid="rule-set"]').selectOption(key);
      const codes = await page
        .locator('[data-testid="item"] option')
        .evaluateAll((options) => options.map((option) => option.getAttribute('value') ?? ''));
      for (const code of codes) {
        await page.locator('[data-testid="item"]').selectOption(code);
        const outcome =
          (await page.locator('[data-testid="decision"]').getAttribute('data-outcome')) ?? `refused ${key}/${code}`;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }
    expect([...outcomes.keys()].filter((outcome) => outcome.startsWith('refused'))).toEqual([]);
    expect([...outcomes.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThan(100);
  });

  it('ran without errors and without leaving this machine', () => {
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  });
});
