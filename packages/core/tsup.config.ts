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
  },
  {
    // The CLI: one ESM file with a shebang, run by `pnpm cailiang` and the `cailiang` bin.
    entry: { 'node/cli': 'src/node/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
