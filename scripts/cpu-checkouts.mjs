// The driver behind scripts/decide-cpu.mjs and scripts/penalty-cpu.mjs: the same loop module
// bundled by esbuild from each checkout's sources, all bundles imported into one Node process,
// their passes alternating, each pass timed by `process.cpuUsage()`. A change of a few percent only
// shows this way on a shared machine; the wall clock follows the other jobs' load.
//
// Options (from the command line): --root DIR (repeatable; default this checkout), --passes N
// (default 40, after 10 to warm up), --trace off|on|off,on (default both).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Times a loop module in each checkout named on the command line and prints fastest and median.
 *
 * @param options.script - the script's name, for its usage message
 * @param options.loop - the module's source: it exports `pass(trace)` returning CPU µs per unit,
 *   and may export `cases`; it sits one directory below the checkout's root (where
 *   test-support/rule-files.ts finds the rule files), so it imports `../packages/…`
 * @param options.dir - the directory under each root the bundle is written to (`.decide-cpu`…)
 * @param options.unit - what one timed unit is, for the heading ("decision", "decidePenalty")
 */
export async function compareCheckouts({ script, loop, dir, unit }) {
  const args = process.argv.slice(2);
  const values = (flag) => args.flatMap((arg, i) => (arg === flag ? [args[i + 1]] : []));
  const here = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const roots = values('--root').map((root) => resolve(root));
  if (roots.length === 0) roots.push(here);
  const passes = Number(values('--passes')[0] ?? 40);
  const traces = (values('--trace')[0] ?? 'off,on').split(',');
  if (!Number.isInteger(passes) || passes < 1 || traces.some((t) => t !== 'on' && t !== 'off')) {
    console.error(`${script}: --passes expects a positive integer, --trace off, on or off,on`);
    process.exit(2);
  }
  const esbuild = resolve(here, 'node_modules/.bin/esbuild');
  const modules = [];
  for (const root of roots) {
    const out = resolve(root, dir);
    mkdirSync(out, { recursive: true });
    writeFileSync(resolve(out, 'loop.ts'), loop);
    execFileSync(esbuild, [
      resolve(out, 'loop.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      `--alias:@cailiang/core=${resolve(root, 'packages/core/bench/setup/core-entry.ts')}`,
      '--external:json-rules-engine',
      '--log-level=warning',
      "--banner:js=import{createRequire}from'module';const require=createRequire(import.meta.url);",
      `--outfile=${resolve(out, 'loop.mjs')}`,
    ]);
    modules.push(await import(pathToFileURL(resolve(out, 'loop.mjs')).href));
  }
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(1))
      .join(', ');
  const counted = modules.every((module) => module.cases !== undefined)
    ? ` (${modules.map((module) => module.cases).join(', ')} cases)`
    : '';
  console.log(`load average ${load()}; ${passes} passes each, alternating; CPU µs per ${unit}${counted}`);
  for (const trace of traces) {
    const times = modules.map(() => []);
    // Warm every module first: the first passes compile.
    for (let warm = 0; warm < 10; warm++) for (const module of modules) module.pass(trace === 'on');
    for (let p = 0; p < passes; p++)
      modules.forEach((module, i) => {
        times[i].push(module.pass(trace === 'on'));
      });
    modules.forEach((_, i) => {
      const sorted = times[i].sort((a, b) => a - b);
      const median = sorted[sorted.length >> 1];
      console.log(
        `trace ${trace.padEnd(3)} fastest ${sorted[0].toFixed(2).padStart(6)} median ${median.toFixed(2).padStart(6)}  ${roots[i]}`,
      );
    });
  }
  console.log(`load average at the end ${load()}`);
}
