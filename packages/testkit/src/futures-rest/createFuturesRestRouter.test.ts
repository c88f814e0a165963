import { createHash, createHmac } from 'node:crypto'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type Simulator, startSimulator } from '../startSimulator.js'

// Self-derived vector of kraken-facts §1.3 (secret of the official WS challenge vector, nonce 1415957147987).
const SECRET = '7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm'
const VECTOR = 'klsHt7Lu4YPnGP21VU3dJKxgg8VOztHVWHNA+OV17UTbTBxYXhMNk1K8+rC8az2lNV5RQTYVjKfDVEa7kOGX/g=='
const KEY = 'vector-futures-key'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({
    seed: 5,
    accounts: [
      {
        key: 'vector-spot-key',
        secret: 'c3BvdA==',
        futuresKey: KEY,
        futuresSecret: SECRET,
        futuresBalances: { usd: '100000' },
      },
    ],
  })
})
afterAll(() => sim.close())

/** Independent few-line Authent (kraken-facts §1.3), not @k/signing. */
function authent(postData: string, nonce: string, path: string, secret = SECRET): string {
  const digest = createHash('sha256')
    .update(postData + nonce + path.replace(/^\/derivatives/, ''))
    .digest()
  return createHmac('sha512', Buffer.from(secret, 'base64')).update(digest).digest('base64')
}

let nonce = 1415957147987
async function call(
  method: string,
  path: string,
  options: { query?: string; body?: string; sign?: string; nonce?: string } = {},
) {
  const n = options.nonce ?? String(nonce++)
  const postData = (options.query ?? '') + (options.body ?? '')
  const response = await fetch(`${sim.futuresUrl}${path}${options.query ? `?${options.query}` : ''}`, {
    method,
    headers: {
      APIKey: KEY,
      Nonce: n,
      Authent: options.sign ?? authent(postData, n, path),
      'content-type': 'application/x-www-form-urlencoded',
    },
    ...(options.body === undefined ? {} : { body: options.body }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

test('the kraken-facts §1.3 vector is what the independent Authent computes', () => {
  expect(
    authent(
      'orderType=lmt&symbol=PI_XBTUSD&side=buy&size=1&limitPrice=1000',
      '1415957147987',
      '/derivatives/api/v3/sendorder',
    ),
  ).toBe(VECTOR)
})

test('accepts the vector request byte for byte and rejects a one-byte change', async () => {
  const body = 'orderType=lmt&symbol=PI_XBTUSD&side=buy&size=1&limitPrice=1000'
  const accepted = await call('POST', '/derivatives/api/v3/sendorder', { body, nonce: '1415957147987', sign: VECTOR })
  expect(accepted.body).toMatchObject({ result: 'success', sendStatus: { status: 'placed' } })
  const tampered = await call('POST', '/derivatives/api/v3/sendorder', {
    body: body.replace('1000', '1001'),
    sign: VECTOR,
    nonce: '1415957147999',
  })
  expect(tampered.body).toMatchObject({ result: 'error', error: 'authenticationError' })
  expect(typeof tampered.body.serverTime).toBe('string')
})

test('nonces must strictly increase per key', async () => {
  const first = await call('GET', '/derivatives/api/v3/openorders', { nonce: '1415957150000' })
  expect(first.body.result).toBe('success')
  expect((await call('GET', '/derivatives/api/v3/openorders', { nonce: '1415957150000' })).body.error).toBe(
    'nonceDuplicate',
  )
  expect((await call('GET', '/derivatives/api/v3/openorders', { nonce: '1415957149999' })).body.error).toBe(
    'nonceBelowThreshold',
  )
  nonce = 1415957160000
})

test('batchorder: json=<url-encoded JSON> is signed as sent; bad JSON is a Json Parse Error', async () => {
  const json = JSON.stringify({
    batchOrder: [
      {
        order: 'send',
        order_tag: '1',
        orderType: 'lmt',
        symbol: 'PI_XBTUSD',
        side: 'buy',
        size: 1,
        limitPrice: 1000,
        cliOrdId: 'my id&1',
      },
    ],
  })
  const body = `json=${encodeURIComponent(json)}`
  const result = await call('POST', '/derivatives/api/v3/batchorder', { body })
  expect(result.body).toMatchObject({ result: 'success', batchStatus: [{ status: 'placed', order_tag: '1' }] })
  expect((await call('POST', '/derivatives/api/v3/batchorder', { body: 'json=%7Bnot%20json' })).body.error).toBe(
    'Json Parse Error',
  )
  expect((await call('POST', '/derivatives/api/v3/sendorder', { body: 'symbol=PI_XBTUSD' })).body.error).toBe(
    'requiredArgumentMissing',
  )
})

test('PUT parameters travel in the query and are signed there; orderIds as repeated keys', async () => {
  const put = await call('PUT', '/derivatives/api/v3/leveragepreferences', { query: 'symbol=PF_XBTUSD&maxLeverage=5' })
  expect(put.body.result).toBe('success')
  const get = await call('GET', '/derivatives/api/v3/leveragepreferences')
  expect(get.body.leveragePreferences).toEqual([{ symbol: 'PF_XBTUSD', maxLeverage: 5 }])
  const open = (await call('GET', '/derivatives/api/v3/openorders')).body.openOrders as Array<{ order_id: string }>
  const ids = open.map((order) => `orderIds=${order.order_id}`).join('&')
  const status = await call('POST', '/derivatives/api/v3/orders/status', { body: ids })
  expect((status.body.orders as unknown[]).length).toBe(open.length)
})

test('public endpoints answer in the spec shape; bad input never crashes', async () => {
  const tickers = (await (await fetch(`${sim.futuresUrl}/derivatives/api/v3/tickers`)).json()) as {
    result: string
    tickers: Array<{ symbol: string }>
  }
  expect(tickers.result).toBe('success')
  expect(tickers.tickers.map((ticker) => ticker.symbol)).toContain('PF_XBTUSD')
  const book = (await (await fetch(`${sim.futuresUrl}/derivatives/api/v3/orderbook`)).json()) as { error: string }
  expect(book.error).toBe('requiredArgumentMissing')
  const weird = await fetch(`${sim.futuresUrl}/derivatives/api/v3/tickers/%E0%A4%A`)
  expect(((await weird.json()) as { result: string }).result).toBe('error')
  const candles = (await (await fetch(`${sim.futuresUrl}/api/charts/v1/trade/PI_XBTUSD/1h?count=3`)).json()) as {
    candles: unknown[]
  }
  expect(candles.candles).toHaveLength(3)
})

test('the history pool answers apiLimitExceeded (HTTP 429) once 100 tokens are spent', async () => {
  let last = { status: 0, body: {} as Record<string, unknown> }
  for (let i = 0; i < 20 && last.status !== 429; i++)
    last = await call('GET', '/api/history/v3/account-log', { query: 'count=100000' })
  expect(last.status).toBe(429)
  expect(last.body.error).toBe('apiLimitExceeded')
})

test('the pre-2024 decoded postData is still accepted (Kraken phases it out); any other text is not', async () => {
  const json = JSON.stringify({ batchOrder: [{ order: 'cancel', order_id: 'not-there' }] })
  const body = `json=${encodeURIComponent(json)}`
  const n = String(nonce++)
  const legacy = await call('POST', '/derivatives/api/v3/batchorder', {
    body,
    nonce: n,
    sign: authent(`json=${json}`, n, '/derivatives/api/v3/batchorder'),
  })
  expect(legacy.body.result).toBe('success')
  const m = String(nonce++)
  const wrong = await call('POST', '/derivatives/api/v3/batchorder', {
    body,
    nonce: m,
    sign: authent(`json=${json} `, m, '/derivatives/api/v3/batchorder'),
  })
  expect(wrong.body.error).toBe('authenticationError')
})

test('requests are logged under the spot key before any check, unknown keys as public', async () => {
  const before = sim.state.requestLog.count('vector-spot-key', 'GET /derivatives/api/v3/accounts')
  await call('GET', '/derivatives/api/v3/accounts', { sign: 'bad' })
  expect(sim.state.requestLog.count('vector-spot-key', 'GET /derivatives/api/v3/accounts')).toBe(before + 1)
  await fetch(`${sim.futuresUrl}/derivatives/api/v3/accounts`, { headers: { APIKey: 'nobody', Authent: 'x' } })
  expect(sim.state.requestLog.count(undefined, 'GET /derivatives/api/v3/accounts')).toBe(1)
})
