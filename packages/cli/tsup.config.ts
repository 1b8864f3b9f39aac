import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library (runCli, evaluation files, XLSX), as ESM + CJS with types.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: true,
    target: 'node20',
    // The CJS build needs `import.meta.url` shimmed: pools find their worker scripts with it.
    shims: true,
  },
  {
    // The CLI: one ESM file with a shebang, run by `pnpm cailiang` and the `cailiang` bin; and the
    // worker threads, which the pools start from the same folder (dist/, beside the library).
    // No splitting: each file stands alone, so a worker loads nothing it does not need.
    entry: {
      cli: 'src/cli.ts',
      'batch-worker': 'src/batch/batch-worker.ts',
      'evaluate-worker': 'src/evaluate/evaluate-worker.ts',
    },
    format: ['esm'],
    sourcemap: true,
    splitting: false,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
