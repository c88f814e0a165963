import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../startSimulator.js'
import { _loadSpotSpec } from './internal/_loadSpotSpec.js'
import { _testClient } from './internal/_testClient.js'

const SECRET = Buffer.from('fuzz-secret-0123456789abcdef').toString('base64')
const methods = _loadSpotSpec().map((operation) => operation.path)
const FIELDS = [
  'pair',
  'type',
  'ordertype',
  'volume',
  'price',
  'price2',
  'txid',
  'orders',
  'oflags',
  'asset',
  'amount',
  'id',
  'report',
  'timeout',
  'strategy_id',
  'userref',
  'cl_ord_id',
  'interval',
  'count',
  'since',
  'key',
  'method',
  'order_qty',
  'limit_price',
]
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'XBTUSD',
    'BTC/USD',
    'buy',
    'sell',
    'limit',
    'market',
    '1',
    '0',
    '-1',
    '1e309',
    'NaN',
    '0.00000001',
    '+5%',
    '',
  ),
  fc.integer(),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('txid', 'type', 'volume'), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
)
const params = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 })

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({
    seed: 12,
    rateLimits: false,
    accounts: [{ key: 'z', secret: SECRET, balances: { ZUSD: '1000', XXBT: '1' } }],
  })
})
afterAll(() => sim.close())

describe('random parameters to every Spot REST operation', () => {
  it('always get a Kraken-shaped answer, never an internal error', async () => {
    const client = _testClient(sim.url, 'z', SECRET)
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), params, fc.boolean(), async (path, input, json) => {
        const method = path.replace(/^\/0\/(public|private)\//, '')
        let response: Response
        if (path.startsWith('/0/public/')) {
          const query = new URLSearchParams(
            Object.entries(input).map(([name, item]) => [
              name,
              typeof item === 'object' ? JSON.stringify(item) : String(item),
            ]),
          )
          response = await fetch(`${sim.url}${path}?${query}`)
        } else if (json) {
          const answer = await client.private(method, input, true)
          expect(Array.isArray(answer.error)).toBe(true)
          expect(String(answer.error)).not.toContain('Internal error')
          return
        } else {
          response = await client.raw(method, input)
        }
        expect(response.status).toBe(200)
        if (method === 'RetrieveExport' && response.headers.get('content-type') === 'application/zip') return
        const body = (await response.json()) as { error: unknown }
        expect(Array.isArray(body.error)).toBe(true)
        expect(String(body.error)).not.toContain('Internal error')
      }),
      { numRuns: 250, seed: 7 },
    )
  })
})
