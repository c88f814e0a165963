import { defineConfig } from 'vitest/config'

// Resolve @k/* workspace packages to their TypeScript sources, so tests never need a prior build.
const conditions = ['@k/source', 'module', 'node', 'development|production']

export default defineConfig({
  resolve: { conditions: conditions },
  ssr: { resolve: { conditions: conditions } },
  define: { __K_VERSION__: JSON.stringify('@k/cli@0.0.0-test') },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Build dist/bin.js first (the tests run the binary as a subprocess), then start the shared kraken-sim.
    globalSetup: ['./test/buildBinary.ts', '../testkit/src/vitest/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
