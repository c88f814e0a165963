import { defineConfig } from 'vitest/config'

// Resolve @k/* workspace packages to their TypeScript sources, so the smoke test never needs a prior build.
const conditions = ['@k/source', 'module', 'node', 'development|production']

export default defineConfig({
  resolve: { conditions: conditions },
  ssr: { resolve: { conditions: conditions } },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
})
