import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';
import type { Options } from 'tsup';

/**
 * yaml's ES module build. Its package sends Node to a CommonJS build of 72 files (which also
 * `require('process')`, which an ES module bundle cannot do) and everything else to this one: the
 * build browsers already get. Same parser; the two differ only in where a warning is logged, and the
 * core parses with `logLevel: 'error'`, which logs none.
 */
const yamlEsm = join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser/index.js');

const yamlAsEsm: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'yaml-esm',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: yamlEsm }));
  },
};

export default defineConfig([
  {
    // The library: the browser-safe engine, each tool's entry, and the Node entry, as ESM + CJS
    // with types. Shared code lands in chunks, so the tools and the engine share one Decimal.
    entry: {
      index: 'src/index.ts',
      'lint/index': 'src/lint/index.ts',
      'review/index': 'src/review/index.ts',
      'diff/index': 'src/diff/index.ts',
      'render/index': 'src/render/index.ts',
      'import/index': 'src/import/index.ts',
      'table-format/index': 'src/table-format/index.ts',
      'evaluate/index': 'src/evaluate/index.ts',
      'node/index': 'src/node/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    // CJS too, so that `instanceof CailiangError` holds across entries in a require()-ing app.
    splitting: true,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: true,
    target: 'node20',
    // Cold start (#21, docs/performance.md): Node resolves, reads and compiles every module file of
    // a dependency (zod alone is 95, yaml 72 CommonJS files), which was half of importing the
    // core. Bundled into the chunks, they are a few files. decimal.js stays external: `Decimal` is
    // the public money type, and an application's `instanceof Decimal` must see the same class.
    // The packages stay dependencies: the shipped `src` (the `source` condition) and the types
    // (`RuleSetData` is a zod type) import them.
    noExternal: ['yaml', 'zod', '@noble/hashes', 'date-fns'],
    esbuildPlugins: [yamlAsEsm],
  },
]);
