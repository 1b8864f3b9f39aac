import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: browser-safe core and the Node entry, as ESM + CJS with types.
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: true,
    target: 'node20',
    // The CJS build needs `import.meta.url` shimmed: batches find their worker script with it.
    shims: true,
  },
  {
    // The CLI: one ESM file with a shebang, run by `pnpm cailiang` and the `cailiang` bin;
    // and the batch worker thread, which the CLI (and node/index) start from the same folder.
    // No splitting: each file stands alone, so a worker loads nothing it does not need.
    entry: {
      'node/cli': 'src/node/cli.ts',
      'node/batch-worker': 'src/node/batch/batch-worker.ts',
      'node/evaluate-worker': 'src/evaluate-node/evaluate-worker.ts',
    },
    format: ['esm'],
    sourcemap: true,
    splitting: false,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
