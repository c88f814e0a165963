import { isKrakenError, KrakenValidationError } from '@k/errors'
import { startSimulator } from '@k/testkit'
import { simRequestCount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as api from './index.js'
import { SpotClient } from './SpotClient.js'

const ACCOUNT = { key: 'validation-key', secret: Buffer.from('validation secret').toString('base64') }
let sim: Awaited<ReturnType<typeof startSimulator>>
let client: SpotClient

beforeAll(async () => {
  sim = await startSimulator({ accounts: [ACCOUNT] })
  client = new SpotClient({ baseUrl: sim.url, ...ACCOUNT })
})

afterAll(async () => {
  await sim.close()
})

type Call = (client: SpotClient) => Promise<unknown>
const order = { pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '1', price: '10' } as const
const bad = <T>(value: unknown) => value as T

/** One invalid call per action (every schema), with the field the error must name. */
const table: Array<[string, Call, string]> = [
  ['getServerTime', (c) => api.getServerTime(c, bad('now')), ''],
  ['getSystemStatus', (c) => api.getSystemStatus(c, bad('nope')), ''],
  ['getAssets', (c) => api.getAssets(c, { asset: [] }), 'asset'],
  ['getAssetPairs', (c) => api.getAssetPairs(c, bad({ info: 'everything' })), 'info'],
  ['getTicker', (c) => api.getTicker(c, bad({ pair: 42 })), 'pair'],
  ['getOhlc', (c) => api.getOhlc(c, bad({ pair: 'XBTUSD', interval: 2 })), 'interval'],
  ['getOrderBook', (c) => api.getOrderBook(c, { pair: 'XBTUSD', count: 501 }), 'count'],
  ['getRecentTrades', (c) => api.getRecentTrades(c, bad({})), 'pair'],
  ['getRecentSpreads', (c) => api.getRecentSpreads(c, bad({ pair: '' })), 'pair'],
  ['getAccountBalance', (c) => api.getAccountBalance(c, bad({ rebase_multiplier: 'x' })), 'rebase_multiplier'],
  ['getBalances', (c) => api.getBalances(c, bad({ rebase_multiplier: 1 })), 'rebase_multiplier'],
  ['getBalance', (c) => api.getBalance(c, bad({})), 'currency'],
  ['getCreditLines', (c) => api.getCreditLines(c, bad({ rebase_multiplier: true })), 'rebase_multiplier'],
  ['getTradeBalance', (c) => api.getTradeBalance(c, bad({ asset: 5 })), 'asset'],
  ['getOpenOrders', (c) => api.getOpenOrders(c, { userref: 2 ** 31 }), 'userref'],
  ['getClosedOrders', (c) => api.getClosedOrders(c, bad({ closetime: 'later' })), 'closetime'],
  ['getOrdersInfo', (c) => api.getOrdersInfo(c, bad({})), 'txid'],
  ['getOrderAmends', (c) => api.getOrderAmends(c, bad({ order_id: 1 })), 'order_id'],
  ['getTradesHistory', (c) => api.getTradesHistory(c, bad({ type: 'some' })), 'type'],
  ['getTradesInfo', (c) => api.getTradesInfo(c, bad({ txid: [] })), 'txid'],
  ['getOpenPositions', (c) => api.getOpenPositions(c, bad({ consolidation: 'pair' })), 'consolidation'],
  ['getLedgersInfo', (c) => api.getLedgersInfo(c, bad({ type: 'gift' })), 'type'],
  ['getLedgers', (c) => api.getLedgers(c, bad({ id: null })), 'id'],
  ['getTradeVolume', (c) => api.getTradeVolume(c, bad({ pair: {} })), 'pair'],
  ['requestExportReport', (c) => api.requestExportReport(c, bad({ report: 'orders', description: 'x' })), 'report'],
  ['getExportReportStatus', (c) => api.getExportReportStatus(c, bad({})), 'report'],
  ['retrieveExport', (c) => api.retrieveExport(c, bad({ id: '' })), 'id'],
  ['deleteExportReport', (c) => api.deleteExportReport(c, bad({ id: 'A', type: 'remove' })), 'type'],
  ['createSubaccount', (c) => api.createSubaccount(c, { username: 'u', email: 'not-an-email' }), 'email'],
  ['accountTransfer', (c) => api.accountTransfer(c, { asset: 'XBT', amount: '-1', from: 'a', to: 'b' }), 'amount'],
  ['getWebSocketsToken', (c) => api.getWebSocketsToken(c, bad(['token'])), ''],
  ['createOrder (ordertype)', (c) => api.createOrder(c, bad({ ...order, ordertype: 'stop' })), 'ordertype'],
  ['createOrder (price)', (c) => api.createOrder(c, { ...order, price: undefined }), 'price'],
  ['createOrder (price2)', (c) => api.createOrder(c, { ...order, ordertype: 'stop-loss-limit' }), 'price2'],
  ['createOrder (trigger)', (c) => api.createOrder(c, { ...order, trigger: 'index' }), 'trigger'],
  ['createOrder (oflags)', (c) => api.createOrder(c, { ...order, oflags: 'post,fast' }), 'oflags'],
  ['createOrder (stptype)', (c) => api.createOrder(c, bad({ ...order, stptype: 'cancel-all' })), 'stptype'],
  ['createOrder (timeinforce)', (c) => api.createOrder(c, bad({ ...order, timeinforce: 'FOK' })), 'timeinforce'],
  ['createOrder (GTD)', (c) => api.createOrder(c, { ...order, timeinforce: 'GTD' }), 'expiretm'],
  ['createOrder (volume)', (c) => api.createOrder(c, { ...order, volume: '1e3' }), 'volume'],
  ['createOrder (close)', (c) => api.createOrder(c, bad({ ...order, close: { price: '1' } })), 'close.ordertype'],
  ['createOrderBatch (size)', (c) => api.createOrderBatch(c, { pair: 'XBTUSD', orders: [order] }), 'orders'],
  [
    'createOrderBatch (16)',
    (c) => api.createOrderBatch(c, { pair: 'XBTUSD', orders: Array.from({ length: 16 }, () => order) }),
    'orders',
  ],
  [
    'createOrderBatch (one pair)',
    (c) => api.createOrderBatch(c, { pair: 'XBTUSD,ETHUSD', orders: [order, order] }),
    'pair',
  ],
  [
    'createOrderBatch (nested)',
    (c) => api.createOrderBatch(c, { pair: 'XBTUSD', orders: [order, { ...order, price: 'cheap' }] }),
    'orders.1.price',
  ],
  ['editOrder', (c) => api.editOrder(c, bad({ txid: 'O1' })), 'pair'],
  ['amendOrder', (c) => api.amendOrder(c, { limit_price: '1' }), 'txid'],
  ['cancelOrder', (c) => api.cancelOrder(c, { txid: 'A', cl_ord_id: 'B' }), 'txid'],
  ['cancelAllOrders', (c) => api.cancelAllOrders(c, bad(1)), ''],
  ['cancelAllOrdersAfterX', (c) => api.cancelAllOrdersAfterX(c, { timeout: -1 }), 'timeout'],
  ['cancelOrderBatch', (c) => api.cancelOrderBatch(c, { orders: [] }), 'orders'],
  ['truncate', (c) => api.truncate(c, bad({ amount: '1', amount_type: 'size', pair: 'XBTUSD' })), 'amount_type'],
  ['getDepositMethods', (c) => api.getDepositMethods(c, bad({})), 'asset'],
  ['getDepositAddress', (c) => api.getDepositAddress(c, bad({ asset: 'XBT' })), 'method'],
  ['getRecentDepositsStatus', (c) => api.getRecentDepositsStatus(c, { limit: 0 }), 'limit'],
  ['withdrawMethods', (c) => api.withdrawMethods(c, bad({ aclass: 'nft' })), 'aclass'],
  ['withdrawAddresses', (c) => api.withdrawAddresses(c, bad({ verified: 'yes' })), 'verified'],
  ['getWithdrawalInfo', (c) => api.getWithdrawalInfo(c, bad({ asset: 'XBT', key: 'k', amount: 'all' })), 'amount'],
  ['withdrawFunds', (c) => api.withdrawFunds(c, bad({ asset: 'XBT', key: 'k', amount: '1', max_fee: 'x' })), 'max_fee'],
  ['getRecentWithdrawStatus', (c) => api.getRecentWithdrawStatus(c, bad({ cursor: 3 })), 'cursor'],
  ['cancelWithdraw', (c) => api.cancelWithdraw(c, bad({ asset: 'XBT' })), 'refid'],
  [
    'walletTransfer',
    (c) => api.walletTransfer(c, bad({ asset: 'XBT', from: 'Futures Wallet', to: 'Futures Wallet', amount: '1' })),
    'from',
  ],
  ['allocateEarnFunds', (c) => api.allocateEarnFunds(c, bad({ amount: '1' })), 'strategy_id'],
  ['deallocateEarnFunds', (c) => api.deallocateEarnFunds(c, bad({ amount: NaN, strategy_id: 'S' })), 'amount'],
  ['getAllocationStatus', (c) => api.getAllocationStatus(c, bad({})), 'strategy_id'],
  ['getDeallocationStatus', (c) => api.getDeallocationStatus(c, bad({ strategy_id: '' })), 'strategy_id'],
  ['listEarnStrategies', (c) => api.listEarnStrategies(c, bad({ lock_type: ['forever'] })), 'lock_type.0'],
  ['listEarnAllocations', (c) => api.listEarnAllocations(c, bad({ ascending: 'yes' })), 'ascending'],
]

const cases = table.map(([name, call, field]) => ({ name, call, field }))

describe('validation before anything is sent', () => {
  it.each(cases)('$name → KrakenValidationError naming "$field"', async ({ call, field }) => {
    let caught: unknown
    try {
      await call(client)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(KrakenValidationError)
    expect(isKrakenError(caught)).toBe(true)
    const error = caught as KrakenValidationError
    expect(error.field ?? '').toBe(field)
    expect(error.details.sent).toBe('no')
    if (field !== '') expect(error.shortMessage).toContain(`"${field}"`)
  })

  it('covers every action of the endpoint table and the helpers', () => {
    const names = new Set(cases.map(({ name }) => name.split(' ')[0]))
    expect(
      [...Object.keys(api.spotEndpoints), ...Object.keys(api.spotHelpers)].filter((name) => !names.has(name)),
    ).toEqual([])
  })

  it('sent nothing: the simulator saw no request at all', async () => {
    expect(await simRequestCount(sim, undefined)).toBe(0)
    expect(client.rateLimiter!.restLevel()).toBe(0)
  })
})
