import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// The page imports the built browser bundle (`dist/k.esm.js`, made by scripts/buildBundle.ts), so it runs exactly
// the file users get. KRAKEN_SIM_URL (set by scripts/dev.ts and the e2e test) proxies Kraken's REST paths to
// kraken-sim, which sends no CORS headers; the page then uses REST base `/`.
// K_WEB_OUT_DIR (the e2e test's temp dir) replaces `dist` for both the bundle read and the site written, so a test
// never races a concurrent `pnpm build` of this app.
const sim = process.env.KRAKEN_SIM_URL
const proxy = sim ? { '/0/': { target: sim, changeOrigin: true } } : undefined
const outDir = process.env.K_WEB_OUT_DIR ?? fileURLToPath(new URL('./dist', import.meta.url))

export default defineConfig({
  resolve: { alias: { '@k/web-bundle': join(outDir, 'k.esm.js') } },
  build: { outDir: join(outDir, 'site'), emptyOutDir: true, target: 'es2022' },
  server: { host: '127.0.0.1', ...(proxy ? { proxy } : {}) },
  preview: { host: '127.0.0.1', ...(proxy ? { proxy } : {}) },
})
