import { defineConfig } from 'vitest/config'

// No `@k/source` condition and no kraken-sim globalSetup on purpose: these tests run the BUILT packages (turbo's
// `test` task depends on `^build`) in child `node` and `tsc` processes, exactly as a user's project would.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
