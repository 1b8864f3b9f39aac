import { defineConfig } from 'tsup';

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
  },
]);
