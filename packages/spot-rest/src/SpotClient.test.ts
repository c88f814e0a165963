import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { inspect } from 'node:util'
import { isKrakenError, type KrakenError } from '@k/errors'
import { signSpotRequest } from '@k/signing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { getTicker } from './actions/market/getTicker.js'
import { cancelOrderBatch } from './actions/trade/cancelOrderBatch.js'
import { createOrder } from './actions/trade/createOrder.js'
import { createOrderBatch } from './actions/trade/createOrderBatch.js'
import { getAccountBalance } from './actions/user/getAccountBalance.js'
import { retrieveExport } from './actions/user/retrieveExport.js'
import { User } from './namespaces/User.js'
import { SpotClient } from './SpotClient.js'

const KEY = 'wire-test-key-DO-NOT-LEAK'
const SECRET = Buffer.from('wire test secret that must never leak').toString('base64')

type Seen = { method: string; url: string; headers: IncomingMessage['headers']; body: string }
type Handler = (request: Seen, response: ServerResponse, index: number) => void

let server: Server
let baseUrl: string
let handler: Handler
let seen: Seen[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const entry = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      seen.push(entry)
      handler(entry, response, seen.length - 1)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(() => {
  seen = []
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const json = (response: ServerResponse, body: unknown, status = 200) => {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body))
}
const ok = (result: unknown) => (_: Seen, response: ServerResponse) => json(response, { error: [], result })
const client = (options: ConstructorParameters<typeof SpotClient>[0] = {}) =>
  new SpotClient({ baseUrl, key: KEY, secret: SECRET, timeout: 2_000, rateLimit: false, ...options })

async function rejection(promise: Promise<unknown>): Promise<KrakenError> {
  try {
    await promise
  } catch (error) {
    if (isKrakenError(error)) return error
    throw error
  }
  throw new Error('expected a rejection')
}

describe('wire format', () => {
  it('sends public GETs with the query, a User-Agent and no credentials', async () => {
    handler = ok({ XXBTZUSD: { c: ['1', '1'] } })
    const result = await getTicker(client({ userAgent: 'wire-test/1' }), { pair: ['XBTUSD', 'ETHUSD'] })
    expect(result.XXBTZUSD?.c).toEqual(['1', '1'])
    expect(seen[0]?.url).toBe('/0/public/Ticker?pair=XBTUSD%2CETHUSD')
    expect(seen[0]?.headers['user-agent']).toBe('wire-test/1')
    expect(seen[0]?.headers['api-key']).toBeUndefined()
  })

  it('signs exactly the form bytes it sends, nonce last', async () => {
    handler = ok({ ZUSD: '1.0000' })
    await getAccountBalance(client(), { rebase_multiplier: 'base' })
    const request = seen[0]!
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8')
    expect(request.body).toMatch(/^rebase_multiplier=base&nonce=\d+$/)
    const nonce = new URLSearchParams(request.body).get('nonce')!
    const expected = await signSpotRequest({ secret: SECRET, path: '/0/private/Balance', nonce, body: request.body })
    expect(request.headers['api-key']).toBe(KEY)
    expect(request.headers['api-sign']).toBe(expected)
    expect(request.headers['user-agent']).toBe('@k/spot-rest@0.0.0-test')
  })

  it('sends AddOrderBatch and CancelOrderBatch as JSON and signs the JSON text', async () => {
    handler = ok({ orders: [{ txid: 'A' }, { txid: 'B' }] })
    const api = client()
    await createOrderBatch(api, {
      pair: 'XBTUSD',
      orders: [
        {
          type: 'buy',
          ordertype: 'limit',
          volume: 1,
          price: '10',
          close: { ordertype: 'stop-loss-limit', price: '9', price2: '8' },
        },
        { type: 'sell', ordertype: 'market', volume: '2' },
      ],
    })
    await cancelOrderBatch(api, { orders: ['A', { txid: 'B' }] })
    for (const [index, path] of [
      [0, '/0/private/AddOrderBatch'],
      [1, '/0/private/CancelOrderBatch'],
    ] as const) {
      const request = seen[index]!
      expect(request.headers['content-type']).toBe('application/json; charset=utf-8')
      const body = JSON.parse(request.body) as { nonce: string }
      expect(typeof body.nonce).toBe('string')
      expect(request.headers['api-sign']).toBe(
        await signSpotRequest({ secret: SECRET, path, nonce: body.nonce, body: request.body }),
      )
    }
    expect(JSON.parse(seen[0]!.body).orders[0]).toEqual({
      type: 'buy',
      ordertype: 'limit',
      volume: '1',
      price: '10',
      close: { ordertype: 'stop-loss-limit', price: '9', price2: '8' },
    })
    expect(JSON.parse(seen[1]!.body).orders).toEqual([{ txid: 'A' }, { txid: 'B' }])
  })

  it('encodes the close order of AddOrder with Kraken’s close[...] names', async () => {
    handler = ok({ descr: { order: 'x' }, txid: ['O1'] })
    await createOrder(client(), {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '1',
      price: '10',
      oflags: ['post', 'fciq'],
      close: { ordertype: 'stop-loss', price: '9' },
    })
    const form = new URLSearchParams(seen[0]!.body)
    expect(form.get('close[ordertype]')).toBe('stop-loss')
    expect(form.get('close[price]')).toBe('9')
    expect(form.get('oflags')).toBe('post,fciq')
  })

  it('returns RetrieveExport as bytes, unparsed', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff])
    handler = (_, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      response.end(zip)
    }
    const bytes = await retrieveExport(client(), { id: 'TCJA' })
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect([...bytes]).toEqual([...zip])
  })
})

describe('failures on the wire', () => {
  it('turns a 502 HTML page into a network error (and retries public GETs first)', async () => {
    handler = (_, response) => {
      response.writeHead(502, { 'content-type': 'text/html' })
      response.end('<html><body>502 Bad Gateway</body></html>')
    }
    const error = await rejection(getTicker(client({ retries: 2 }), { pair: 'XBTUSD' }))
    expect(error.name).toBe('KrakenNetworkError')
    expect(error.code).toBe('EHTTP:502')
    expect(error.details.status).toBe(502)
    expect(String(error.details.body)).toContain('502 Bad Gateway')
    expect(seen).toHaveLength(3)

    seen = []
    const privateError = await rejection(getAccountBalance(client()))
    expect(privateError.code).toBe('EHTTP:502')
    expect(seen).toHaveLength(1)
  })

  it('retries EService:Unavailable on public GETs and never on private calls', async () => {
    handler = (_, response, index) =>
      index === 0
        ? json(response, { error: ['EService:Unavailable'] })
        : json(response, { error: [], result: { ok: 1 } })
    expect(await getTicker(client(), { pair: 'XBTUSD' })).toEqual({ ok: 1 })
    expect(seen).toHaveLength(2)

    seen = []
    handler = (_, response) => json(response, { error: ['EService:Unavailable'] })
    const error = await rejection(getAccountBalance(client()))
    expect(error.code).toBe('EService:Unavailable')
    expect(seen).toHaveLength(1)
  })

  it('reports a truncated JSON body as a protocol error', async () => {
    handler = (_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end('{"error":[],"result":{"ZUSD":"1.00')
    }
    const error = await rejection(getAccountBalance(client()))
    expect(error.category).toBe('protocol')
    expect(error.code).toBe('EProtocol:Invalid JSON')
  })

  it('times out a slow response', async () => {
    handler = () => {} // never answers; the client's timeout aborts the socket
    const error = await rejection(getAccountBalance(client({ timeout: 150 })))
    expect(error.name).toBe('KrakenTimeoutError')
    expect(error.details.sent).toBe('maybe')
  })

  it('never retries AddOrder after a socket reset and says the outcome is unknown', async () => {
    // Accept the order, then lose the answer: the socket is reset before any byte of the response.
    handler = (_, response) => response.socket?.destroy()
    const error = await rejection(
      createOrder(client(), { pair: 'XBTUSD', type: 'buy', ordertype: 'market', volume: '0.1', cl_ord_id: 'c-1' }),
    )
    expect(error.name).toBe('KrakenNetworkError')
    expect(error.retryable).toBe(false)
    expect(error.details.sent).toBe('maybe')
    expect(error.shortMessage).toContain('outcome of POST /0/private/AddOrder is unknown')
    expect(error.shortMessage).toContain('cl_ord_id or userref')
    expect(error.shortMessage).toContain('QueryOrders')
    expect(seen).toHaveLength(1)
  })

  it('says the outcome is unknown when AddOrder times out', async () => {
    handler = () => {}
    const error = await rejection(
      createOrder(client({ timeout: 150 }), { pair: 'XBTUSD', type: 'buy', ordertype: 'market', volume: '0.1' }),
    )
    expect(error.name).toBe('KrakenTimeoutError')
    expect(error.retryable).toBe(false)
    expect(error.details.sent).toBe('maybe')
    expect(error.shortMessage).toContain('unknown')
    expect(seen).toHaveLength(1)
  })

  it('re-signs exactly once after EAPI:Invalid nonce', async () => {
    handler = (_, response, index) =>
      index === 0
        ? json(response, { error: ['EAPI:Invalid nonce'] })
        : json(response, { error: [], result: { ZUSD: '5' } })
    expect(await getAccountBalance(client())).toEqual({ ZUSD: '5' })
    expect(seen).toHaveLength(2)
    const [first, second] = seen.map((request) => BigInt(new URLSearchParams(request.body).get('nonce')!))
    expect(second! > first!).toBe(true)

    seen = []
    handler = (_, response) => json(response, { error: ['EAPI:Invalid nonce'] })
    const error = await rejection(getAccountBalance(client()))
    expect(error.name).toBe('KrakenInvalidNonceError')
    expect(seen).toHaveLength(2)
  })

  it('does not re-sign order placement after EAPI:Invalid nonce', async () => {
    handler = (_, response) => json(response, { error: ['EAPI:Invalid nonce'] })
    const error = await rejection(
      createOrder(client(), { pair: 'XBTUSD', type: 'buy', ordertype: 'market', volume: '1' }),
    )
    expect(error.code).toBe('EAPI:Invalid nonce')
    expect(seen).toHaveLength(1)
  })

  it('gives up an in-flight call when its signal aborts', async () => {
    handler = () => {}
    const controller = new AbortController()
    const pending = rejection(getTicker(client({ retries: 0 }), { pair: 'XBTUSD' }, { signal: controller.signal }))
    for (let wait = 0; wait < 400 && seen.length === 0; wait++) await new Promise((resolve) => setTimeout(resolve, 5))
    controller.abort()
    const error = await pending
    expect(error.code).toBe('EAbort')
    expect(error.category).toBe('client')
    expect(seen).toHaveLength(1)
  })

  it('keeps Kraken’s retry time of EService:Throttled and does not retry a private call', async () => {
    handler = (_, response) => json(response, { error: ['EService: Throttled: 1900000000'] })
    const error = await rejection(getAccountBalance(client()))
    expect(error.category).toBe('rate_limit')
    expect(error.details.retryAfter).toBeDefined()
    expect(seen).toHaveLength(1)
  })

  it('refuses private calls without credentials before sending anything', async () => {
    handler = ok({})
    const error = await rejection(getAccountBalance(new SpotClient({ baseUrl })))
    expect(error.category).toBe('auth')
    expect(error.details.sent).toBe('no')
    expect(seen).toHaveLength(0)
  })
})

describe('rate limiter on the wire', () => {
  it('snaps to the cap when Kraken still answers a rate-limit error', async () => {
    handler = (_, response) => json(response, { error: ['EAPI:Rate limit exceeded'] })
    const api = client({ rateLimit: true })
    const error = await rejection(getAccountBalance(api))
    expect(error.category).toBe('rate_limit')
    expect(api.rateLimiter!.restLevel()).toBeGreaterThanOrEqual(14.9)
  })

  it('reports the wait and gives up on abort without sending', async () => {
    handler = ok({})
    const waits: number[] = []
    const api = client({ rateLimit: true, onRateLimitWait: (event) => waits.push(event.ms) })
    api.rateLimiter!.snap('rest')
    const controller = new AbortController()
    const pending = rejection(getAccountBalance(api, {}, { signal: controller.signal }))
    await Promise.resolve()
    controller.abort()
    const error = await pending
    expect(error.code).toBe('EAbort')
    expect(error.details.sent).toBe('no')
    expect(waits).toHaveLength(1)
    expect(waits[0]).toBeGreaterThan(1_000)
    expect(seen).toHaveLength(0)
  })
})

describe('credentials never leak', () => {
  it('keeps key and secret out of JSON, inspect, String and errors', async () => {
    handler = (_, response) => json(response, { error: ['EAPI:Invalid key'] })
    const api = client()
    const error = await rejection(getAccountBalance(api))
    const user = new User({ baseUrl, key: KEY, secret: SECRET })
    const texts = [
      JSON.stringify(user),
      inspect(user, { depth: 10, showHidden: true }),
      JSON.stringify(api),
      inspect(api, { depth: 10, showHidden: true }),
      String(api),
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      error.message,
    ]
    for (const text of texts) {
      expect(text).not.toContain(KEY)
      expect(text).not.toContain(SECRET)
    }
  })
})
