import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

// Tests run on the TypeScript sources, so a change is tested without a build.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@cailiang\/core\/node$/, replacement: src('core/src/node/index.ts') },
      // Each tool entry (`@cailiang/core/lint` …) is its folder's index.
      {
        find: /^@cailiang\/core\/(lint|review|diff|render|import|table-format|evaluate)$/,
        replacement: src('core/src/$1/index.ts'),
      },
      { find: /^@cailiang\/core$/, replacement: src('core/src/index.ts') },
      { find: /^@cailiang\/cli$/, replacement: src('cli/src/index.ts') },
      { find: /^@cailiang\/benchmarks$/, replacement: src('benchmarks/src/index.ts') },
      { find: /^@cailiang\/fixtures$/, replacement: src('fixtures/src/index.ts') },
      { find: /^@cailiang\/fixtures\/vitest$/, replacement: src('fixtures/src/vitest.ts') },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // Type-level tests of the public types (expectTypeOf): checked by tsc in the same run.
    typecheck: { enabled: true, include: ['packages/*/test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 60_000,
  },
});
