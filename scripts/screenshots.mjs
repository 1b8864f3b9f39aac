#!/usr/bin/env node
/**
 * Regenerates docs/screenshots/*.png: the review report, the evaluation report and the playground
 * (the decision column in view while a fact at the bottom of the form is edited), each as Chromium
 * shows it in Chinese. Issue #20 asks for them in its closing note; this script makes them again
 * after a change to the reports or the page.
 *
 * Needs the packages built (`pnpm -r run build`) and Debian's Chromium at /usr/bin/chromium (or
 * CAILIANG_CHROMIUM); it never downloads a browser, and the pages load nothing from the network.
 *
 *   node scripts/screenshots.mjs
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs/screenshots');
const CLI = join(ROOT, 'packages/cli/dist/cli.js');
const RULES = join(ROOT, 'packages/benchmarks/rules/food-safety.rules.yaml');
const PLAYGROUND = join(ROOT, 'playground');
const CHROMIUM = process.env.CAILIANG_CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the packages first (pnpm -r run build)`);
if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'cailiang-screenshots-'));

/** Runs the built CLI; exit 1 (records that fail review) is an answer, not a failure, here. */
function cli(args) {
  try {
    execFileSync(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    if (error.status !== 1) throw new Error(`cailiang ${args[0]} failed: ${error.stderr}`);
  }
}

/** Serves a folder on the loopback address: the playground's module scripts need http. */
function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
    response
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  // 400 synthetic decisions (fixed seed): the evaluation report, and the same records reviewed.
  const records = join(work, 'records.ndjson');
  const evaluation = join(work, 'evaluation.html');
  const review = join(work, 'review.html');
  cli([
    'evaluate',
    '--rules',
    RULES,
    '--synthetic',
    '400',
    '--seed',
    '2024',
    '--save-synthetic',
    records,
    '--out',
    evaluation,
  ]);
  // A review line is { case, imposed }: the synthetic records' own marker (`synthetic: true`) is left out.
  const lines = readFileSync(records, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const { case: kase, imposed } = JSON.parse(line);
      return `${JSON.stringify({ case: kase, imposed })}\n`;
    });
  const reviewInput = join(work, 'review.ndjson');
  writeFileSync(reviewInput, lines.join(''));
  cli(['review', '--rules', RULES, '--batch', reviewInput, '--workers', '1', '--report', review]);

  const reports = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
  await reports.route('**/*', (route) => route.abort());
  for (const [file, name] of [
    [review, 'review-report.png'],
    [evaluation, 'evaluation-report.png'],
  ]) {
    const page = await reports.newPage();
    await page.setContent(readFileSync(file, 'utf8'), { waitUntil: 'load' });
    await page.screenshot({ path: join(OUT, name) });
    console.log(`docs/screenshots/${name}`);
  }

  const built = join(work, 'playground');
  execFileSync(
    process.execPath,
    [
      join(PLAYGROUND, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      built,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: PLAYGROUND, stdio: 'pipe' },
  );
  const server = await serve(built);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 760 }, locale: 'zh-CN' });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.locator('[data-testid="rule-set"]').selectOption('spec-example');
    await page.locator('[data-testid="item"]').selectOption('FS-124-1-3');
    const facts = {
      goodsValue: '8,000',
      illegalIncome: '1200',
      priorViolations: '0',
      harm: 'none',
      childrenFood: 'false',
    };
    for (const [name, value] of Object.entries(facts)) {
      const control = page.locator(`[data-field="facts.${name}"]`);
      if ((await control.evaluate((element) => element.tagName)) === 'SELECT') await control.selectOption(value);
      else await control.fill(value);
    }
    // The officer is at the bottom of the form, recording a 从轻 circumstance: the decision stays in view.
    const circumstance = page.locator('[data-field="circumstances.eliminatedHarm"]');
    await page.locator('[data-field^="circumstances."]').last().scrollIntoViewIfNeeded();
    await circumstance.selectOption('true');
    await page.locator('[data-testid="fine"]').waitFor();
    await page.screenshot({ path: join(OUT, 'playground.png') });
    console.log('docs/screenshots/playground.png');
  } finally {
    server.close();
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
