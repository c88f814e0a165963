import { defineConfig } from 'vitest/config'

// Resolve @k/* workspace packages to their TypeScript sources (kraken-sim in the e2e test, the differential tests).
const conditions = ['@k/source', 'module', 'node', 'development|production']

export default defineConfig({
  resolve: { conditions: conditions },
  ssr: { resolve: { conditions: conditions } },
  define: { __K_VERSION__: JSON.stringify('@k/web@0.0.0-test') },
  test: {
    include: ['bundle/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['../../packages/testkit/src/vitest/globalSetup.ts'],
    // The bundle tests and the browser test both run esbuild/vite builds: one file at a time keeps 2 cores usable.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
})
