import { createHash, createHmac } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type Simulator, startSimulator } from '../startSimulator.js'
import { _accountRoutes } from './_accountRoutes.js'
import { _chartsRoutes } from './_chartsRoutes.js'
import { _fundingRoutes } from './_fundingRoutes.js'
import { _historyRoutes } from './_historyRoutes.js'
import { _marketRoutes } from './_marketRoutes.js'
import { _orderRoutes } from './_orderRoutes.js'
import { _otherRoutes } from './_otherRoutes.js'
import { _preferenceRoutes } from './_preferenceRoutes.js'

// Random parameters on every Futures route, correctly signed: the simulator answers like Kraken (an error body or
// data), never an internal error or a crash.
const SECRET = Buffer.from('futures fuzz secret').toString('base64')
const KEY = 'futures-fuzz-key'
const ROUTES = [
  ..._marketRoutes,
  ..._accountRoutes,
  ..._preferenceRoutes,
  ..._fundingRoutes,
  ..._orderRoutes,
  ..._historyRoutes,
  ..._chartsRoutes,
  ..._otherRoutes,
].map((route) => route.route)
const FIELDS = [
  'symbol',
  'orderType',
  'side',
  'size',
  'limitPrice',
  'stopPrice',
  'cliOrdId',
  'order_id',
  'orderId',
  'orderIds',
  'cliOrdIds',
  'json',
  'timeout',
  'maxLeverage',
  'pnlPreference',
  'amount',
  'unit',
  'fromAccount',
  'toAccount',
  'count',
  'since',
  'before',
  'sort',
  'lastFillTime',
  'tradingEnabled',
  'strategy',
  'id',
  'interval',
  'to',
  'from',
  'reduceOnly',
  'trailingStopMaxDeviation',
  'trailingStopDeviationUnit',
]
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'PF_XBTUSD',
    'pi_xbtusd',
    'lmt',
    'mkt',
    'post',
    'stp',
    'buy',
    'sell',
    '1',
    '0',
    '-1',
    '1e309',
    'NaN',
    '0.001',
    'true',
    '{"batchOrder":[{"order":"send"}]}',
    '{',
    '[]',
    'flex',
    'cash',
    'USD',
    '%',
    '',
  ),
)
const segment = fc.oneof(
  fc.constantFrom('PF_XBTUSD', 'trade', 'mark', '1h', 'open-interest', 'x'),
  fc.string({ minLength: 1, maxLength: 8 }).map(encodeURIComponent),
)

let sim: Simulator
let nonce = 1
beforeAll(async () => {
  sim = await startSimulator({
    seed: 13,
    rateLimits: false,
    accounts: [{ key: 'fuzz-spot', secret: 'c3BvdA==', futuresKey: KEY, futuresSecret: SECRET }],
  })
})
afterAll(() => sim.close())

test('random input on every route gets a Kraken answer, never a 500', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: ROUTES.length - 1 }),
      fc.array(fc.tuple(fc.constantFrom(...FIELDS), value), { maxLength: 6 }),
      fc.array(segment, { minLength: 3, maxLength: 3 }),
      async (index, pairs, segments) => {
        const [method, template] = (ROUTES[index] as string).split(' ') as [string, string]
        let next = 0
        const path = template.replace(/:[A-Za-z_]+/g, () => segments[next++] ?? 'x')
        const data = new URLSearchParams(pairs).toString()
        const n = String(nonce++)
        const digest = createHash('sha256')
          .update(data + n + path.replace(/^\/derivatives/, ''))
          .digest()
        const authent = createHmac('sha512', Buffer.from(SECRET, 'base64')).update(digest).digest('base64')
        const isQuery = method !== 'POST'
        const response = await fetch(`${sim.futuresUrl}${path}${isQuery && data ? `?${data}` : ''}`, {
          method,
          headers: { APIKey: KEY, Nonce: n, Authent: authent, 'content-type': 'application/x-www-form-urlencoded' },
          ...(isQuery ? {} : { body: data }),
        })
        const text = await response.text()
        expect(response.status, `${method} ${path} ${data} → ${text}`).toBeLessThan(500)
      },
    ),
    { numRuns: 600, seed: 42 },
  )
})
