import { defineConfig } from 'tsup';

export default defineConfig({
  // The library, browser-safe, as ESM + CJS with types.
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.build.json',
  sourcemap: true,
  clean: true,
  target: 'node20',
});
