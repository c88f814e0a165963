import { createHash, createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { parse } from 'yaml'
import { type Simulator, startSimulator } from '../startSimulator.js'

// Responses shaped like the spec's examples: every key of an example (and of the first element of each of its
// arrays, and of its status objects) is present in the simulator's answer.
const SPEC = new URL('../../../../../shared/kraken-api-specs/futures-rest/trading/public.yml', import.meta.url)
const examples = (parse(readFileSync(SPEC, 'utf8')) as { components: { examples: Record<string, { value: unknown }> } })
  .components.examples
const SECRET = Buffer.from('spec examples futures secret').toString('base64')
const KEY = 'spec-examples-futures-key'
let sim: Simulator
let nonce = 1

beforeAll(async () => {
  sim = await startSimulator({
    seed: 11,
    accounts: [
      {
        key: 'spec-spot',
        secret: 'c3BvdA==',
        futuresKey: KEY,
        futuresSecret: SECRET,
        futuresBalances: { usd: '100000' },
      },
    ],
  })
})
afterAll(() => sim.close())

async function call(method: string, path: string, data = ''): Promise<Record<string, unknown>> {
  const isQuery = method !== 'POST'
  const n = String(nonce++)
  const digest = createHash('sha256')
    .update(data + n + path.replace(/^\/derivatives/, ''))
    .digest()
  const authent = createHmac('sha512', Buffer.from(SECRET, 'base64')).update(digest).digest('base64')
  const response = await fetch(`${sim.futuresUrl}${path}${isQuery && data ? `?${data}` : ''}`, {
    method,
    headers: { APIKey: KEY, Nonce: n, Authent: authent, 'content-type': 'application/x-www-form-urlencoded' },
    ...(isQuery ? {} : { body: data }),
  })
  return (await response.json()) as Record<string, unknown>
}

function missingKeys(example: unknown, actual: unknown, path = ''): string[] {
  if (Array.isArray(example)) {
    if (!Array.isArray(actual) || example.length === 0 || actual.length === 0) return []
    return missingKeys(example[0], actual[0], `${path}[0]`)
  }
  if (typeof example !== 'object' || example === null) return []
  if (typeof actual !== 'object' || actual === null) return [path]
  const missing: string[] = []
  // Maps keyed by ids (fee schedule uids) are compared by shape, not by their keys.
  if (path.endsWith('volumesByFeeSchedule')) return []
  for (const [key, value] of Object.entries(example)) {
    if (!(key in actual)) missing.push(`${path}.${key}`)
    else missing.push(...missingKeys(value, (actual as Record<string, unknown>)[key], `${path}.${key}`))
  }
  return missing
}

const V3 = '/derivatives/api/v3'
test.each([
  ['TickersExample', 'GET', `${V3}/tickers`, ''],
  ['TickerExample', 'GET', `${V3}/tickers/PF_XBTUSD`, ''],
  ['FeeSchedulesExample', 'GET', `${V3}/feeschedules`, ''],
  ['FeeSchedulesValuesExample', 'GET', `${V3}/feeschedules/volumes`, ''],
  ['GetLeveragePreferencesExample', 'GET', `${V3}/leveragepreferences`, ''],
  ['GetPnlPreferencesExample', 'GET', `${V3}/pnlpreferences`, ''],
  ['HistoricalFundingRatesExample', 'GET', `${V3}/historical-funding-rates`, 'symbol=PF_XBTUSD'],
  ['NotificationsSuccessExample', 'GET', `${V3}/notifications`, ''],
  [
    'PlacedOrderExample',
    'POST',
    `${V3}/sendorder`,
    'orderType=lmt&symbol=PF_XBTUSD&side=buy&size=0.01&limitPrice=1000&cliOrdId=spec-1',
  ],
  ['EditOrderExample', 'POST', `${V3}/editorder`, 'cliOrdId=spec-1&size=0.02'],
  ['OpenOrdersExample', 'GET', `${V3}/openorders`, ''],
  ['CancelOrderExample', 'POST', `${V3}/cancelorder`, 'cliOrdId=spec-1'],
  [
    'BatchOrderExample',
    'POST',
    `${V3}/batchorder`,
    `json=${encodeURIComponent('{"batchOrder":[{"order":"send","order_tag":"1","orderType":"lmt","symbol":"PF_XBTUSD","side":"buy","size":0.01,"limitPrice":1000}]}')}`,
  ],
  ['CancelAllOrdersExample', 'POST', `${V3}/cancelallorders`, ''],
  ['CancelAllOrdersAfterSuccessExample', 'POST', `${V3}/cancelallordersafter`, 'timeout=60'],
  ['CancelAllOrdersAfterCancelExample', 'POST', `${V3}/cancelallordersafter`, 'timeout=0'],
  [
    'ExecutedOrderExample',
    'POST',
    `${V3}/sendorder`,
    'orderType=lmt&symbol=PF_XBTUSD&side=buy&size=0.01&limitPrice=1000000',
  ],
  ['FillsExample', 'GET', `${V3}/fills`, ''],
  ['OpenPositionsSuccessExample', 'GET', `${V3}/openpositions`, ''],
  ['UnwindQueueExample', 'GET', `${V3}/unwindqueue`, ''],
  ['SuccessExample', 'PUT', `${V3}/pnlpreferences`, 'symbol=PF_XBTUSD&pnlPreference=USD'],
])('%s: the simulator answers with every key of the example', async (name, method, path, data) => {
  const example = examples[name]?.value as Record<string, unknown>
  expect(example).toBeDefined()
  if (name === 'GetLeveragePreferencesExample')
    await call('PUT', `${V3}/leveragepreferences`, 'symbol=PF_XBTUSD&maxLeverage=10')
  if (name === 'GetPnlPreferencesExample')
    await call('PUT', `${V3}/pnlpreferences`, 'symbol=PF_XBTUSD&pnlPreference=BTC')
  const actual = await call(method, path, data)
  expect(actual.result).toBe('success')
  expect(missingKeys(example, actual)).toEqual([])
})
