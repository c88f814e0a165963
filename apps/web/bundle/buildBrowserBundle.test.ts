import { mkdtempSync, rmSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runInNewContext } from 'node:vm'
import { OrderBook as RealOrderBook, SpotOrderBookClient as RealSpotOrderBookClient } from '@k/orderbook'
import { createSpotClient, getOhlc as realGetOhlc, getTicker as realGetTicker } from '@k/spot-rest'
import { SpotWsClient as RealSpotWsClient } from '@k/spot-ws'
import type {} from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type BrowserBundle, BUNDLE_BUDGET_GZIP, buildBrowserBundle } from './buildBrowserBundle.js'

/** Exactly what the bundle exports (runtime values; types are erased). */
const SURFACE = [
  'KrakenError',
  'KrakenValidationError',
  'Market',
  'OrderBook',
  'SPOT_REST_URL',
  'SPOT_WS_URL',
  'SpotClient',
  'SpotOrderBookClient',
  'SpotWsClient',
  'createSpotClient',
  'getAssetPairs',
  'getAssets',
  'getOhlc',
  'getOrderBook',
  'getRecentSpreads',
  'getRecentTrades',
  'getServerTime',
  'getSystemStatus',
  'getTicker',
  'isKrakenError',
]

const sim = inject('krakenSim')
let outdir: string
let bundle: BrowserBundle
// biome-ignore lint/suspicious/noExplicitAny: the built file has no type declarations; SURFACE pins its exports.
let K: any

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'k-web-bundle-'))
  bundle = await buildBrowserBundle({ outdir })
  K = await import(pathToFileURL(join(outdir, 'k.esm.js')).href)
})
afterAll(() => rmSync(outdir, { recursive: true, force: true }))

/** The error a call throws (or rejects with), for comparing the bundle with the packages. */
async function caught(call: () => unknown): Promise<{ name: string; message: string; field: unknown }> {
  try {
    await call()
  } catch (error) {
    const { name, shortMessage, message, details } = error as {
      name: string
      shortMessage?: string
      message: string
      details?: { field?: unknown }
    }
    return { name, message: shortMessage ?? message, field: details?.field }
  }
  throw new Error('expected a throw')
}

describe('the built files', () => {
  it('are within the gzip budget, ESM and IIFE', () => {
    expect(bundle.files.map((file) => file.format)).toEqual(['esm', 'iife'])
    for (const file of bundle.files) {
      expect(file.gzip, `${file.path} gzip bytes`).toBeLessThanOrEqual(BUNDLE_BUDGET_GZIP)
      expect(file.gzip).toBeLessThan(file.raw)
    }
  })

  it('contain no Node built-in and no import of anything', () => {
    const names = builtinModules.filter((name) => !name.startsWith('_')).join('|')
    for (const text of Object.values(bundle.texts)) {
      expect(text).not.toMatch(/["'`]node:/)
      expect(text).not.toMatch(/\brequire\s*\(/)
      expect(text).not.toMatch(new RegExp(`\\bfrom\\s*["'](?:${names})["']`))
      expect(text).not.toMatch(/\bimport\s*\(|\bimport\s*[\w{*][^;]*?from\s*["']/)
      expect(text).not.toMatch(/\bprocess\.(env|versions|nextTick)\b|\bBuffer\.from\b/)
    }
  })

  it('export exactly the public surface (ESM), and the IIFE sets globalThis.Kraken to the same', () => {
    expect(Object.keys(K).sort()).toEqual([...SURFACE].sort())
    const context: { Kraken?: Record<string, unknown> } = {}
    runInNewContext(bundle.texts.iife, context)
    expect(Object.keys(context.Kraken ?? {}).sort()).toEqual([...SURFACE].sort())
    expect(typeof context.Kraken?.SpotOrderBookClient).toBe('function')
  })

  it('breaks the size down by package, largest first', () => {
    const groups = bundle.breakdown.map((entry) => entry.group)
    expect(groups).toEqual(expect.arrayContaining(['@k/spot-ws', '@k/orderbook', '@k/errors', 'apps/web substitutes']))
    expect(groups).not.toContain('valibot')
    expect(groups).not.toContain('ky')
    const raw = bundle.breakdown.map((entry) => entry.raw)
    expect(raw).toEqual([...raw].sort((a, b) => b - a))
  })
})

describe('the bundle against kraken-sim (Node fetch)', () => {
  it('reads public market data with Market and the actions', async () => {
    const market = new K.Market({ baseUrl: sim.url })
    const ticker = await market.getTicker({ pair: ['XBTUSD', 'ETHUSD'] })
    expect(Object.keys(ticker).sort()).toEqual(['XETHZUSD', 'XXBTZUSD'])
    expect(ticker.XXBTZUSD.c[0]).toMatch(/^\d+\.\d$/)
    const ohlc = await K.getOhlc(market.client, { pair: 'XBTUSD', interval: 5 })
    expect(ohlc.XXBTZUSD.length).toBeGreaterThan(10)
    expect(await market.getServerTime()).toHaveProperty('unixtime')
  })

  it('maps Kraken errors to KrakenErrors and refuses private calls without sending', async () => {
    const market = new K.Market({ baseUrl: sim.url })
    const error = await market.getTicker({ pair: 'NOPEUSD' }).catch((thrown: unknown) => thrown)
    expect(K.isKrakenError(error)).toBe(true)
    expect(error).toMatchObject({ name: 'KrakenUnknownAssetPairError', code: 'EQuery:Unknown asset pair' })
    const client = new K.SpotClient({ baseUrl: sim.url })
    const calls: string[] = []
    const spy = new K.SpotClient({ baseUrl: sim.url, fetch: (url: string) => calls.push(url) })
    await expect(client.request('POST', '/0/private/Balance')).rejects.toMatchObject({ category: 'client' })
    await expect(spy.request('POST', '/0/private/Balance')).rejects.toMatchObject({ category: 'client' })
    expect(calls).toEqual([])
  })

  it('retries a public GET answered with HTTP 502, then succeeds', async () => {
    let calls = 0
    const flaky = async (url: string) => {
      calls++
      return calls === 1 ? new Response('<html>bad gateway</html>', { status: 502 }) : fetch(url)
    }
    const market = new K.Market({ baseUrl: sim.url, fetch: flaky })
    expect(await market.getSystemStatus()).toHaveProperty('status')
    expect(calls).toBe(2)
  })
})

describe("the bundle's REST client (fetch stubs)", () => {
  const answering =
    (body: unknown, status = 200) =>
    async () =>
      new Response(JSON.stringify(body), { status })

  it('maps Kraken error strings to KrakenErrors with code, class and category', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['EService:Unavailable', { name: 'KrakenServiceUnavailableError', retryable: true }],
      ['EService: Busy', { name: 'KrakenServiceUnavailableError' }],
      ['EGeneral:Too many requests', { name: 'KrakenApiLimitExceededError', category: 'rate_limit' }],
      ['EGeneral:Invalid arguments:pair', { name: 'KrakenError', category: 'validation' }],
      ['EQuery:Unknown asset pair', { name: 'KrakenUnknownAssetPairError', category: 'validation' }],
      ['EGeneral:Internal error', { name: 'KrakenError', category: 'exchange' }],
    ]
    for (const [text, expected] of cases) {
      const client = new K.SpotClient({ fetch: answering({ error: [text] }), retries: 0 })
      const error = await K.getServerTime(client).catch((thrown: unknown) => thrown)
      expect(K.isKrakenError(error), text).toBe(true)
      expect(error, text).toMatchObject({ code: text, ...expected })
    }
  })

  it('turns a timeout, a caller abort, HTML and a network failure into KrakenErrors', async () => {
    const hanging = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )
    const slow = new K.SpotClient({ fetch: hanging, timeout: 50, retries: 0 })
    await expect(K.getServerTime(slow)).rejects.toMatchObject({ name: 'KrakenTimeoutError', category: 'network' })
    const controller = new AbortController()
    const pending = K.getServerTime(new K.SpotClient({ fetch: hanging }), {}, { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ code: 'EAbort', category: 'client' })
    const html = new K.SpotClient({ fetch: async () => new Response('<html>oops</html>', { status: 200 }) })
    await expect(K.getServerTime(html)).rejects.toMatchObject({ code: 'EProtocol:Invalid JSON', category: 'protocol' })
    const down = new K.SpotClient({ fetch: () => Promise.reject(new TypeError('fetch failed')), retries: 1 })
    await expect(K.getServerTime(down)).rejects.toMatchObject({ name: 'KrakenNetworkError', category: 'network' })
  })

  it('sends lists comma-joined and the query as Kraken expects', async () => {
    const urls: string[] = []
    const client = new K.SpotClient({
      baseUrl: 'https://example.test/',
      fetch: async (url: string) => {
        urls.push(url)
        return new Response('{"error":[],"result":{}}')
      },
    })
    await new K.Market(client).getTicker({ pair: ['XBTUSD', 'ETHUSD'] })
    await K.getOhlc(client, { pair: 'XBTUSD', interval: 60, since: 1700000000 })
    expect(urls).toEqual([
      'https://example.test/0/public/Ticker?pair=XBTUSD%2CETHUSD',
      'https://example.test/0/public/OHLC?pair=XBTUSD&interval=60&since=1700000000',
    ])
  })
})

describe('validation in the bundle matches the packages', () => {
  const offline = createSpotClient({ fetch: () => Promise.reject(new Error('must not be called')) })

  it('REST actions', async () => {
    const cases: Array<[string, unknown]> = [
      ['getOhlc', {}],
      ['getOhlc', { pair: '' }],
      ['getOhlc', { pair: 'XBTUSD', interval: 7 }],
      ['getOhlc', { pair: 'XBTUSD', since: Number.POSITIVE_INFINITY }],
      ['getOhlc', { pair: 'XBTUSD', since: '' }],
      ['getTicker', { pair: [] }],
      ['getTicker', { pair: 5 }],
      ['getTicker', { asset_class: 'stocks' }],
      ['getTicker', 'XBTUSD'],
    ]
    const real: Record<string, (...args: never[]) => unknown> = { getOhlc: realGetOhlc, getTicker: realGetTicker }
    for (const [action, parameters] of cases) {
      const expected = await caught(() => real[action]!(offline as never, parameters as never))
      const actual = await caught(() => K[action](new K.SpotClient(), parameters))
      expect(actual, `${action}(${JSON.stringify(parameters)})`).toEqual(expected)
    }
  })

  it('SpotWsClient.subscribe, SpotOrderBookClient and OrderBook options', async () => {
    const subscribeCases = [
      { channel: 'nope' },
      { channel: 'book', symbol: [] },
      { channel: 'book', symbol: 5 },
      { channel: 'book', symbol: ['BTC/USD'], depth: 7 },
      { channel: 'ohlc', symbol: 'BTC/USD', interval: 2 },
      { symbol: ['BTC/USD'] },
    ]
    for (const params of subscribeCases) {
      const expected = await caught(() => new RealSpotWsClient().subscribe(params as never))
      const actual = await caught(() => new K.SpotWsClient().subscribe(params))
      expect(actual, JSON.stringify(params)).toEqual(expected)
    }
    const clientCases = [{ depth: 7 }, { pairs: [''] }, { maxResyncs: 1.5 }, { resyncDelay: -1 }, { url: 5 }]
    for (const options of clientCases) {
      expect(await caught(() => new K.SpotOrderBookClient(options)), JSON.stringify(options)).toEqual(
        await caught(() => new RealSpotOrderBookClient(options as never)),
      )
    }
    const bookCases = [{}, { depth: 0 }, { depth: 1.5 }, { depth: 10, pricePrecision: 21 }, { depth: 10, symbol: 5 }]
    for (const options of bookCases) {
      expect(await caught(() => new K.OrderBook(options)), JSON.stringify(options)).toEqual(
        await caught(() => new RealOrderBook(options as never)),
      )
    }
  })
})
