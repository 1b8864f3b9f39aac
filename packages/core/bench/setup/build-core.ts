/**
 * Builds @cailiang/core from its sources into bench/dist/ before a full run, as `tsup` builds the
 * package (one ESM bundle, node20, dependencies left external), so the engines are timed on the code
 * that ships: json-rules-engine runs from its published build too, and neither passes through
 * vitest's module transform.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

export async function buildCore(): Promise<void> {
  await build({
    entry: { core: fileURLToPath(new URL('./core-entry.ts', import.meta.url)) },
    outDir: fileURLToPath(new URL('../dist/', import.meta.url)),
    format: ['esm'],
    target: 'node20',
    platform: 'neutral',
    external: ['decimal.js', 'date-fns', 'yaml', 'zod', /^@noble\/hashes/],
    config: false,
    dts: false,
    silent: true,
    clean: true,
  });
}
