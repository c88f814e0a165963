import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUNDLE_BUDGET_GZIP, buildBrowserBundle, gzipBytes } from '../../web/bundle/buildBrowserBundle.js'
import type { BenchOptions, BenchRow, BenchTable } from './BenchTable.js'

const benchRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const CCXT_BROWSER = join(benchRoot, 'node_modules/ccxt/dist/ccxt.browser.min.js')

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`

/**
 * Browser bundle size: the gzip bytes (level 9) of apps/web's bundle of the public market-data path (`k.esm.js`,
 * `k.iife.js`, built now with esbuild exactly as `apps/web/scripts/buildBundle.ts` does) against ccxt's browser
 * bundle (`ccxt/dist/ccxt.browser.min.js`, gzip-measured now). Sizes, not timings: quick mode measures the same.
 */
export async function runBundleBench(_options: BenchOptions): Promise<BenchTable> {
  const bundle = await buildBrowserBundle({ write: false })
  const ccxtText = await readFile(CCXT_BROWSER)
  const ccxtGzip = gzipBytes(ccxtText)
  const { version } = JSON.parse(await readFile(join(benchRoot, 'node_modules/ccxt/package.json'), 'utf8')) as {
    version: string
  }
  const rows: BenchRow[] = bundle.files.map((file) => ({
    name: `@k: apps/web bundle (${file.path.replace(/^dist\//, '')})`,
    ratio: `1/${Math.round(ccxtGzip / file.gzip)} of ccxt`,
    note: `gzip ${kb(file.gzip)} (${file.gzip} B) · raw ${kb(file.raw)}`,
  }))
  rows.push({
    name: `ccxt: ccxt.browser.min.js (${version})`,
    ratio: '1.00× ccxt',
    note: `gzip ${kb(ccxtGzip)} (${ccxtGzip} B) · raw ${kb(ccxtText.length)}`,
  })
  const largest = Math.max(...bundle.files.map((file) => file.gzip))
  return {
    title: 'Browser bundle size (gzip -9 bytes; public market data: Market REST, SpotWsClient, SpotOrderBookClient)',
    rows,
    target: `each @k file ≤ ${kb(BUNDLE_BUDGET_GZIP)} gzip`,
    verdict: largest <= BUNDLE_BUDGET_GZIP ? `met (${kb(largest)})` : `missed: ${kb(largest)}`,
    settings: {
      gzipLevel: 9,
      esbuild: 'platform=browser, conditions=[browser], target=es2022, minify, tree-shaking',
      breakdown: bundle.breakdown.map((entry) => `${entry.group} ${entry.raw}`).join(', '),
    },
  }
}
