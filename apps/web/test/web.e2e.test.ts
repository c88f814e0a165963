import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Simulator, startSimulator } from '@k/testkit'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { build, type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildBrowserBundle } from '../bundle/buildBrowserBundle.js'

const APP = resolve(fileURLToPath(import.meta.url), '../..')
const CHROMIUM = '/usr/bin/chromium'
const SCREENSHOT = resolve(APP, 'test-results/web.png')
// kraken-sim drops each WebSocket connection after this many messages: the page must recover by itself.
const DROP_EVERY_N = 250

let sim: Simulator | undefined
let server: PreviewServer | undefined
let context: BrowserContext | undefined
let userDataDir: string | undefined
let outDir: string | undefined
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    // CI installs Debian's chromium (.ci/run); this test never downloads a browser and never skips.
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install -y chromium).`)
  }
  sim = await startSimulator({ port: 0 })
  // Bundle and site go to a temp dir (vite.config.ts reads K_WEB_OUT_DIR), never racing a concurrent `pnpm build`.
  outDir = mkdtempSync(join(tmpdir(), 'k-web-site-'))
  process.env.K_WEB_OUT_DIR = outDir
  await buildBrowserBundle({ outdir: outDir })
  await build({ root: APP, logLevel: 'warn' })
  // A bare page that loads only the IIFE with a <script> tag, as a CDN user would.
  copyFileSync(join(outDir, 'k.iife.js'), join(outDir, 'site/k.iife.js'))
  writeFileSync(
    join(outDir, 'site/iife.html'),
    '<!doctype html><title>k.iife.js</title><script src="/k.iife.js"></script>',
  )
  // kraken-sim sends no CORS headers: the page's REST calls go to its own origin, proxied to the simulator.
  const proxy = { '/0/': { target: sim.url, changeOrigin: true } }
  server = await preview({ root: APP, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, proxy } })
  userDataDir = mkdtempSync(join(tmpdir(), 'k-web-chromium-'))
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 820 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => pageErrors.push(error.message))
})

afterAll(async () => {
  await context?.close()
  await server?.close()
  await sim?.close()
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true })
  if (outDir) rmSync(outDir, { recursive: true, force: true })
  delete process.env.K_WEB_OUT_DIR
})

const attribute = async (selector: string, name: string) => Number(await page.getAttribute(selector, name))

it('shows a live, checksum-valid book, ticker, trades and candles from kraken-sim, and recovers from drops', async () => {
  const { port } = server!.httpServer!.address() as AddressInfo
  const ws = `${sim!.wsUrl}?dropEveryN=${DROP_EVERY_N}`
  await page.goto(`http://127.0.0.1:${port}/?rest=/&ws=${encodeURIComponent(ws)}`)

  // Loads, fills the book to depth 10 on both sides, and the checksum of every applied frame matched.
  await page.waitForSelector('#status[data-status="live"]')
  await page.waitForSelector('#book[data-checksum-state="valid"][data-levels="20"][data-pair="BTC/USD"]')
  expect(await page.locator('#asks tr').count()).toBe(10)
  expect(await page.locator('#bids tr').count()).toBe(10)
  const bestAsk = Number(await page.locator('#asks tr:last-child td:first-child').textContent())
  const bestBid = Number(await page.locator('#bids tr:first-child td:first-child').textContent())
  expect(bestAsk).toBeGreaterThan(bestBid)

  // Updates keep arriving; ticker, trades (REST history + live) and candles are there.
  const before = await attribute('#book', 'data-updates')
  await page.waitForFunction(
    (n) => Number(document.querySelector('#book')?.getAttribute('data-updates')) > n + 5,
    before,
  )
  expect(await page.getAttribute('#ticker', 'data-last')).toMatch(/^\d+(\.\d+)?$/)
  expect(await attribute('#trades', 'data-count')).toBeGreaterThan(0)
  expect(await attribute('#chart', 'data-candles')).toBeGreaterThan(10)
  expect(await page.locator('#chart canvas').count()).toBeGreaterThan(0)

  // The simulator drops the connection; the page reconnects, resubscribes and the book is valid again.
  await page.waitForSelector('#status[data-reconnects="1"], #status[data-reconnects="2"]', { timeout: 30_000 })
  const afterDrop = await attribute('#book', 'data-updates')
  await page.waitForFunction(
    (n) => {
      const book = document.querySelector('#book')
      return book?.getAttribute('data-checksum-state') === 'valid' && Number(book.getAttribute('data-updates')) > n
    },
    afterDrop,
    { timeout: 20_000 },
  )

  // The pair selector switches every panel to another pair.
  await page.selectOption('#pair', 'ETH/USD')
  await page.waitForSelector('#book[data-checksum-state="valid"][data-levels="20"][data-pair="ETH/USD"]')
  await page.waitForFunction(() => Number(document.querySelector('#trades')?.getAttribute('data-count')) > 0)
  await page.selectOption('#pair', 'BTC/USD')
  await page.waitForSelector('#book[data-checksum-state="valid"][data-levels="20"][data-pair="BTC/USD"]')
  await page.waitForFunction(() => Number(document.querySelector('#book')?.getAttribute('data-updates')) > 3)

  mkdirSync(resolve(APP, 'test-results'), { recursive: true })
  await page.screenshot({ path: SCREENSHOT, fullPage: true })
  expect(existsSync(SCREENSHOT)).toBe(true)
  expect(pageErrors).toEqual([])
})

it('the IIFE alone, from a <script> tag, gives globalThis.Kraken: REST and a checksum-valid book', async () => {
  const { port } = server!.httpServer!.address() as AddressInfo
  const bare = await context!.newPage()
  bare.on('pageerror', (error) => pageErrors.push(error.message))
  await bare.goto(`http://127.0.0.1:${port}/iife.html`)
  const result = await bare.evaluate(async (wsUrl) => {
    // biome-ignore lint/suspicious/noExplicitAny: the IIFE's global has no types in the page.
    const { Market, SpotOrderBookClient, isKrakenError } = (globalThis as any).Kraken
    const market = new Market({ baseUrl: '/' }) // this origin; the preview server proxies /0/* to kraken-sim
    const ticker = await market.getTicker({ pair: 'XBTUSD' })
    const unknown = await market.getTicker({ pair: 'NOPEUSD' }).catch((error: unknown) => error)
    const books = new SpotOrderBookClient({ url: wsUrl, depth: 10, pairs: ['BTC/USD'] })
    const book = new Promise<{ levels: number; bestBid: string[]; bestAsk: string[] }>((resolve) => {
      // biome-ignore lint/suspicious/noExplicitAny: see above.
      books.on('update', (_pair: string, current: any) => {
        const levels = current.bids(10).length + current.asks(10).length
        if (current.valid && levels === 20) resolve({ levels, bestBid: current.bestBid(), bestAsk: current.bestAsk() })
      })
    })
    await books.connect()
    const state = await book
    await books.close()
    return { last: ticker.XXBTZUSD.c[0], unknown: isKrakenError(unknown) ? unknown.name : String(unknown), ...state }
  }, sim!.wsUrl)
  await bare.close()
  expect(result.last).toMatch(/^\d+\.\d$/)
  expect(result.unknown).toBe('KrakenUnknownAssetPairError')
  expect(result.levels).toBe(20)
  expect(Number(result.bestAsk[0])).toBeGreaterThan(Number(result.bestBid[0]))
  expect(pageErrors).toEqual([])
})
