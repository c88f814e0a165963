import { defineConfig } from 'vitest/config'

// Resolve @k/* workspace packages to their TypeScript sources, so the suite never needs a prior build.
const conditions = ['@k/source', 'module', 'node', 'development|production']

export default defineConfig({
  resolve: { conditions: conditions },
  ssr: { resolve: { conditions: conditions } },
  define: { __K_VERSION__: JSON.stringify('@k/reliability@0.0.0-test') },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['../../packages/testkit/src/vitest/globalSetup.ts', './src/internal/_summaryGlobalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
})
