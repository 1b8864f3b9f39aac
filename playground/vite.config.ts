import { defineConfig } from 'vite';

// A static page: relative asset paths, so dist/ can be served from any folder.
export default defineConfig({
  base: './',
  resolve: {
    // Build from the workspace packages' TypeScript sources (their `source` export condition),
    // so the page never depends on a stale dist/ and shows what the tests test.
    conditions: ['source', 'module', 'browser', 'production'],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // zod places some /*@__PURE__*/ comments where Rollup cannot use them; harmless, and noisy.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
});
