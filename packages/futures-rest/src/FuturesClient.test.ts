import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { KrakenApiLimitExceededError, KrakenError } from '@k/errors'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { getAccountLog } from './actions/user/getAccountLog.js'
import { createFuturesClient } from './createFuturesClient.js'
import { FUTURES_DEMO_URL, FUTURES_REST_URL, FuturesClient } from './FuturesClient.js'
import { Market } from './namespaces/Market.js'

// Tier B: exact-wire edge cases on a one-off server (127.0.0.1).
let server: Server
let baseUrl = ''
let hits = 0
beforeAll(async () => {
  server = createServer((request, response) => {
    hits++
    if (request.url?.startsWith('/api/history/v3/account-log')) {
      response.writeHead(429, { 'content-type': 'text/plain', 'rate-limit-reset': '42' }).end('Too many requests')
    } else if (request.url?.startsWith('/derivatives/api/v3/tickers')) {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway</body></html>')
    } else {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"result":"success","serverTime":"x"')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

test('base URLs: production by default, python sandbox = the (retired) demo, baseUrl wins', () => {
  expect(new FuturesClient().baseUrl).toBe(FUTURES_REST_URL)
  expect(FUTURES_REST_URL).toBe('https://futures.kraken.com')
  expect(new FuturesClient({ sandbox: true }).baseUrl).toBe(FUTURES_DEMO_URL)
  expect(FUTURES_DEMO_URL).toBe('https://demo-futures.kraken.com')
  expect(new FuturesClient({ sandbox: true, baseUrl: 'http://127.0.0.1:1/' }).baseUrl).toBe('http://127.0.0.1:1')
})

test('a text/plain 429 from the history pool is apiLimitExceeded with retryAfter from rate-limit-reset', async () => {
  const client = createFuturesClient({ baseUrl, key: 'k', secret: 'c2VjcmV0' })
  const before = Date.now()
  const error = await getAccountLog(client, { count: 10 }).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(KrakenApiLimitExceededError)
  expect((error as KrakenError).details.retryAfter).toBeGreaterThanOrEqual(before + 42_000)
  expect(error).toMatchObject({ code: 'apiLimitExceeded', retryable: true, details: { status: 429 } })
})

test('a 502 HTML page on a public read is retried, then a network-category KrakenError', async () => {
  hits = 0
  const error = await new Market({ baseUrl }).getTickers().catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(KrakenError)
  expect(error).toMatchObject({ category: 'network', details: { status: 502 } })
  expect(hits).toBe(3)
})

test('truncated JSON is a protocol error, never data', async () => {
  const error = await createFuturesClient({ baseUrl })
    .request('GET', '/derivatives/api/v3/instruments')
    .catch((caught: unknown) => caught)
  expect(error).toMatchObject({ category: 'protocol', code: 'EProtocol' })
})

test('a refused connection is provably not sent: sent "no", safe to retry even for an order', async () => {
  // A port that was free a moment ago: nothing listens there.
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const port = (probe.address() as AddressInfo).port
  await new Promise((resolve) => probe.close(resolve))
  const client = createFuturesClient({
    baseUrl: `http://127.0.0.1:${port}`,
    key: 'k',
    secret: 'c2VjcmV0',
    rateLimit: false,
  })
  const error = await client
    .request('POST', '/derivatives/api/v3/sendorder', {
      body: { orderType: 'mkt', symbol: 'PF_XBTUSD', side: 'buy', size: '1' },
    })
    .catch((caught: unknown) => caught)
  expect(error).toMatchObject({
    category: 'network',
    retryable: true,
    details: { sent: 'no', endpoint: 'POST /derivatives/api/v3/sendorder' },
  })
})
