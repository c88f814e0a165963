import { createHash, createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { setLeveragePreference } from './actions/market/setLeveragePreference.js'
import { createBatchOrder } from './actions/trade/createBatchOrder.js'
import { createOrder } from './actions/trade/createOrder.js'
import { getFills } from './actions/trade/getFills.js'
import { getOrdersStatus } from './actions/trade/getOrdersStatus.js'
import { createFuturesClient } from './createFuturesClient.js'

// Tier B: a one-off server on 127.0.0.1 captures the exact bytes; expectations are computed independently here
// (kraken-facts §1.3), not with @k/signing.
const SECRET = '7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm'
type Captured = { method: string; url: string; headers: IncomingMessage['headers']; body: string }
const captured: Captured[] = []
let server: Server
let baseUrl = ''

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8')
    })
    request.on('end', () => {
      captured.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body })
      const answer = request.url?.includes('batchorder')
        ? { result: 'success', batchStatus: [], serverTime: 'x' }
        : request.url?.includes('sendorder')
          ? { result: 'success', sendStatus: { status: 'placed', orderEvents: [] }, serverTime: 'x' }
          : { result: 'success', serverTime: 'x' }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

function authent(postData: string, nonce: string, path: string): string {
  const digest = createHash('sha256')
    .update(postData + nonce + path.replace(/^\/derivatives/, ''))
    .digest()
  return createHmac('sha512', Buffer.from(SECRET, 'base64')).update(digest).digest('base64')
}

/** WHATWG application/x-www-form-urlencoded byte serializer, written out by hand. */
function formEncode(text: string): string {
  let out = ''
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte)
    if (/[A-Za-z0-9*\-._]/.test(char)) out += char
    else if (char === ' ') out += '+'
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

const nonces = ['1415957147987', '1415957147988', '1415957147989', '1415957147990', '1415957147991']
const client = () => {
  let index = 0
  return createFuturesClient({ baseUrl, key: 'wire-key', secret: SECRET, nonce: () => nonces[index++] as string })
}

test('sendorder: form body and Authent byte for byte (kraken-facts §1.3 vector)', async () => {
  captured.length = 0
  await createOrder(client(), { orderType: 'lmt', symbol: 'PI_XBTUSD', side: 'buy', size: 1, limitPrice: '1000' })
  const [request] = captured
  expect(request?.method).toBe('POST')
  expect(request?.url).toBe('/derivatives/api/v3/sendorder')
  expect(request?.body).toBe('orderType=lmt&symbol=PI_XBTUSD&side=buy&size=1&limitPrice=1000')
  expect(request?.headers.authent).toBe(
    'klsHt7Lu4YPnGP21VU3dJKxgg8VOztHVWHNA+OV17UTbTBxYXhMNk1K8+rC8az2lNV5RQTYVjKfDVEa7kOGX/g==',
  )
  expect(request?.headers.apikey).toBe('wire-key')
  expect(request?.headers.nonce).toBe('1415957147987')
})

test('batchorder: json=<url-encoded JSON>, decimals as exact JSON numbers, signed over the encoded text', async () => {
  captured.length = 0
  await createBatchOrder(client(), {
    batchOrder: [
      {
        order: 'send',
        order_tag: '1',
        orderType: 'lmt',
        symbol: 'PF_XBTUSD',
        side: 'buy',
        size: '0.0001',
        limitPrice: '30000.5',
        cliOrdId: 'my id & more',
        reduceOnly: true,
      },
      { order: 'cancel', order_id: 'e35d61dd-8a30-4d5f-a574-b5593ef0c050' },
    ],
  })
  const json =
    '{"batchOrder":[{"order":"send","order_tag":"1","orderType":"lmt","symbol":"PF_XBTUSD","side":"buy","size":0.0001,"limitPrice":30000.5,"cliOrdId":"my id & more","reduceOnly":true},{"order":"cancel","order_id":"e35d61dd-8a30-4d5f-a574-b5593ef0c050"}]}'
  const body = `json=${formEncode(json)}`
  const [request] = captured
  expect(request?.body).toBe(body)
  expect(request?.body).not.toContain('{')
  expect(request?.headers.authent).toBe(authent(body, '1415957147987', '/derivatives/api/v3/batchorder'))
  // Decoding the wire gives Kraken's JSON back, booleans included (python-kraken-sdk #392).
  expect(JSON.parse(new URLSearchParams(request?.body).get('json') ?? '')).toMatchObject({
    batchOrder: [{ reduceOnly: true, size: 0.0001 }, { order: 'cancel' }],
  })
})

test('PUT parameters travel in the query and are signed there; orderIds as repeated keys; extra lands where signed', async () => {
  captured.length = 0
  const c = client()
  await setLeveragePreference(c, { symbol: 'PF_XBTUSD', maxLeverage: 5 })
  await getOrdersStatus(c, { orderIds: ['a-1', 'b-2'] })
  await getFills(c, {}, { extra: { lastFillTime: '2024-01-01T00:00:00.000Z' } })
  const [put, status, fills] = captured
  expect(put?.method).toBe('PUT')
  expect(put?.url).toBe('/derivatives/api/v3/leveragepreferences?symbol=PF_XBTUSD&maxLeverage=5')
  expect(put?.body).toBe('')
  expect(put?.headers.authent).toBe(
    authent('symbol=PF_XBTUSD&maxLeverage=5', '1415957147987', '/derivatives/api/v3/leveragepreferences'),
  )
  expect(status?.body).toBe('orderIds=a-1&orderIds=b-2')
  expect(status?.headers.authent).toBe(
    authent('orderIds=a-1&orderIds=b-2', '1415957147988', '/derivatives/api/v3/orders/status'),
  )
  // python-kraken-sdk signs GET extra_params without sending them; @k sends them in the query it signs.
  expect(fills?.url).toBe('/derivatives/api/v3/fills?lastFillTime=2024-01-01T00%3A00%3A00.000Z')
  expect(fills?.headers.authent).toBe(
    authent('lastFillTime=2024-01-01T00%3A00%3A00.000Z', '1415957147989', '/derivatives/api/v3/fills'),
  )
})

test('signature vectors: python-kraken-sdk golden value and the kraken-facts orderbook vector', async () => {
  captured.length = 0
  const golden = createFuturesClient({
    baseUrl,
    key: 'k',
    secret: Buffer.from('python-kraken-sdk unit-test secret value').toString('base64'),
    nonce: () => '1616492376594',
  })
  await golden.request('POST', '/derivatives/api/v3/sendorder', { body: { orderType: 'lmt', symbol: 'PI_XBTUSD' } })
  expect(captured[0]?.headers.authent).toBe(
    'Txi+gJVXe3EN1brXYQ46FuV6UVtEVSKhc6dYMhPb7a/HXZLGvO6m9UUg+KVKqhLxrbllOPI7qRkHYmPfJZZSGA==',
  )
  await client().request(
    'GET',
    '/derivatives/api/v3/orderbook',
    { query: { symbol: 'fi_xbtusd_180615' } },
    { auth: true },
  )
  expect(captured[1]?.url).toBe('/derivatives/api/v3/orderbook?symbol=fi_xbtusd_180615')
  expect(captured[1]?.headers.authent).toBe(
    'JHLjN8OUDYaXjHRGT0z4nUvJorORrXoL9omot4BK5ihtp6jKHPHfzX9MrpVjqAgKqGJejoO3gySwoVCMJQlx/Q==',
  )
})

test('public calls carry no credentials', async () => {
  captured.length = 0
  await client().request('GET', '/derivatives/api/v3/tickers')
  expect(captured[0]?.headers.apikey).toBeUndefined()
  expect(captured[0]?.headers.authent).toBeUndefined()
})
