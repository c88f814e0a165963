import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../startSimulator.js'
import { _compareShape, isIdKey } from './internal/_compareShape.js'
import { _loadSpotSpec } from './internal/_loadSpotSpec.js'
import { _testClient } from './internal/_testClient.js'

const SECRET = Buffer.from('spec-test-secret-abcdefghijklmnop').toString('base64')
const operations = _loadSpotSpec()

/** Documented fields the simulator adds beyond the (older, shorter) examples. */
const EXTRA_KEYS: Record<string, string[]> = {
  EditOrder: ['originaltxid', 'volume', 'price', 'price2', 'orders_cancelled', 'status', 'newuserref', 'olduserref'],
  TradeBalance: ['uv'],
  TradesHistory: ['count'],
}

/** Fields Kraken only writes when they apply (closed orders, triggered orders, bonded allocations, …). */
const OPTIONAL_KEYS = new Set([
  'trigger',
  'reason',
  'closetm',
  'trades',
  'status-prop',
  'bonding',
  'exiting',
  'unbonding',
  'pending',
])

let sim: Simulator
let client: ReturnType<typeof _testClient>
const context: Record<string, string> = {}

type Result = { error: string[]; result?: unknown }
const call = (method: string, params: Record<string, unknown> = {}, json = false) =>
  client.private(method, params, json)
const result = async (method: string, params: Record<string, unknown> = {}, json = false) => {
  const answer = await call(method, params, json)
  expect(answer.error, method).toEqual([])
  return answer.result as Record<string, unknown>
}
const restingOrder = async () =>
  (
    (await result('AddOrder', { pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '0.01', price: '1000' }))
      .txid as string[]
  )[0] as string

/** Request params per operation; functions run just before the call (orders to cancel, ids to query). */
const PARAMS: Record<string, () => Promise<Record<string, unknown>> | Record<string, unknown>> = {
  '/0/public/Assets': () => ({}),
  '/0/public/AssetPairs': () => ({ pair: 'XBTUSD,ETHXBT' }),
  '/0/public/Ticker': () => ({ pair: 'XBTUSD' }),
  '/0/public/OHLC': () => ({ pair: 'XBTUSD', interval: '1' }),
  '/0/public/Depth': () => ({ pair: 'XBTUSD', count: '3' }),
  '/0/public/Trades': () => ({ pair: 'XBTUSD', count: '3' }),
  '/0/public/Spread': () => ({ pair: 'XBTUSD' }),
  '/0/private/OpenOrders': () => ({ trades: true }),
  '/0/private/QueryOrders': () => ({ txid: `${context.filled},${context.resting}`, trades: true }),
  '/0/private/OrderAmends': () => ({ order_id: context.resting }),
  '/0/private/QueryTrades': () => ({ txid: context.trade }),
  '/0/private/QueryLedgers': () => ({ id: context.ledger }),
  '/0/private/TradeVolume': () => ({ pair: 'XBTUSD' }),
  '/0/private/AddExport': () => ({ report: 'trades', description: 'my_trades_1' }),
  '/0/private/ExportStatus': () => ({ report: 'trades' }),
  '/0/private/RetrieveExport': () => ({ id: context.export }),
  '/0/private/RemoveExport': () => ({ id: context.export, type: 'delete' }),
  '/0/private/AddOrder': () => ({
    pair: 'XBTUSD',
    type: 'buy',
    ordertype: 'limit',
    volume: '1.45',
    price: '27500',
    cl_ord_id: 'spec-add-1',
  }),
  '/0/private/AmendOrder': async () => ({ txid: await restingOrder(), limit_price: '1000.5' }),
  '/0/private/CancelOrder': async () => ({ txid: await restingOrder() }),
  '/0/private/CancelAllOrdersAfter': () => ({ timeout: 60 }),
  '/0/private/AddOrderBatch': () => ({
    pair: 'BTC/USD',
    orders: [
      { type: 'buy', ordertype: 'limit', volume: '0.01', price: '29000' },
      { type: 'sell', ordertype: 'limit', volume: '0.01', price: '400000' },
    ],
  }),
  '/0/private/CancelOrderBatch': async () => ({ orders: [await restingOrder(), await restingOrder()] }),
  '/0/private/EditOrder': async () => ({ txid: await restingOrder(), pair: 'XBTUSD', volume: '0.02', price: '1001' }),
  '/0/private/DepositMethods': () => ({ asset: 'XBT' }),
  '/0/private/DepositAddresses': () => ({ asset: 'XBT', method: 'Bitcoin', new: true }),
  '/0/private/WithdrawInfo': () => ({ asset: 'XBT', key: 'xbt-wallet-1', amount: '0.1' }),
  '/0/private/Withdraw': () => ({ asset: 'XBT', key: 'xbt-wallet-1', amount: '0.1' }),
  '/0/private/WithdrawCancel': async () => ({
    asset: 'XBT',
    refid: ((await result('Withdraw', { asset: 'XBT', key: 'xbt-wallet-1', amount: '0.1' })) as { refid: string })
      .refid,
  }),
  '/0/private/WalletTransfer': () => ({ asset: 'ZUSD', from: 'Spot Wallet', to: 'Futures Wallet', amount: '10' }),
  '/0/private/CreateSubaccount': () => ({ username: 'sub1', email: 'sub1@example.com' }),
  '/0/private/AccountTransfer': () => ({ asset: 'ZUSD', amount: '1', from: 'master-iiban', to: 'sub-iiban' }),
  '/0/private/Earn/Allocate': () => ({ strategy_id: 'ESRFUO3-Q62XD-WIOIL7', amount: '0.5' }),
  '/0/private/Earn/Deallocate': () => ({ strategy_id: 'ESRFUO3-Q62XD-WIOIL7', amount: '0.1' }),
  '/0/private/Earn/AllocateStatus': () => ({ strategy_id: 'ESRFUO3-Q62XD-WIOIL7' }),
  '/0/private/Earn/DeallocateStatus': () => ({ strategy_id: 'ESRFUO3-Q62XD-WIOIL7' }),
}

beforeAll(async () => {
  sim = await startSimulator({
    seed: 8,
    rateLimits: false,
    accounts: [{ key: 'spec', secret: SECRET, balances: { ZUSD: '500000', XXBT: '10', XETH: '50' } }],
  })
  client = _testClient(sim.url, 'spec', SECRET)
  // History for the account: a filled market order (trades, ledgers), a resting one (amends), a cancelled one.
  context.filled = (
    (await result('AddOrder', { pair: 'XBTUSD', type: 'buy', ordertype: 'market', volume: '0.1' })).txid as string[]
  )[0] as string
  context.resting = await restingOrder()
  await result('AmendOrder', { txid: context.resting, limit_price: '1000.5' })
  await result('CancelOrder', { txid: await restingOrder() })
  const trades = (await result('TradesHistory')).trades as Record<string, unknown>
  context.trade = Object.keys(trades)[0] as string
  const ledgers = (await result('Ledgers')).ledger as Record<string, unknown>
  context.ledger = Object.keys(ledgers)[0] as string
  context.export = (await result('AddExport', { report: 'trades', description: 'setup' })).id as string
  await result('Withdraw', { asset: 'XBT', key: 'xbt-wallet-1', amount: '0.1' })
})
afterAll(() => sim.close())

describe("every operation of Kraken's Spot REST spec answers with the example's shape", () => {
  it('the spec lists 54 operations, all with a path the simulator serves', () => {
    expect(operations).toHaveLength(54)
  })

  for (const operation of operations) {
    it(`${operation.method} ${operation.path} (${operation.operationId})`, async () => {
      const params = await (PARAMS[operation.path] ?? (() => ({})))()
      const method = operation.path.replace(/^\/0\/(public|private)\//, '')
      if (operation.path === '/0/private/RetrieveExport') {
        // Answered as a binary zip archive (application/octet-stream in the spec), not JSON.
        const response = await client.raw(method, params)
        const files = unzipSync(new Uint8Array(await response.arrayBuffer()))
        const csv = strFromU8(files['trades.csv'] as Uint8Array)
        expect(csv.split('\n')[0]).toContain('"txid","ordertxid","pair"')
        expect(csv.split('\n').length).toBeGreaterThan(2)
        return
      }
      let answer: Result
      if (operation.path.startsWith('/0/public/')) {
        answer = await client.public(method, params as Record<string, string>)
      } else {
        answer = await call(method, params, method === 'AddOrderBatch' || method === 'CancelOrderBatch')
      }
      expect(answer.error).toEqual([])
      const example = operation.example as { result?: unknown; response?: { result?: unknown } }
      // Spec quirk: the OrderAmends example is wrapped in an extra `response` object.
      const expected = example.result ?? example.response?.result
      expect(expected, 'the spec has an example').toBeDefined()
      expect(_compareShape(answer.result, expected, OPTIONAL_KEYS)).toEqual([])
      if (
        expected &&
        typeof expected === 'object' &&
        !Array.isArray(expected) &&
        answer.result &&
        typeof answer.result === 'object'
      ) {
        const fields = (value: object) => Object.keys(value).filter((key) => !isIdKey(key))
        const allowed = new Set([...fields(expected), ...(EXTRA_KEYS[method] ?? [])])
        expect(fields(answer.result).filter((key) => !allowed.has(key))).toEqual([])
      }
    })
  }
})
