import { defineConfig } from 'vitest/config'

// Resolve @k/* workspace packages to their TypeScript sources, so tests never need a prior build.
const conditions = ['@k/source', 'module', 'node', 'development|production']

export default defineConfig({
  resolve: { conditions: conditions },
  ssr: { resolve: { conditions: conditions } },
  define: { __K_VERSION__: JSON.stringify('@k/signing@0.0.0-test') },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
