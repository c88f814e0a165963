import { startSimulator } from '@k/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pythonMethods from '../__fixtures__/python-spot-methods.json' with { type: 'json' }
import { spotEndpoints, spotHelpers } from '../endpoints.js'
import { SpotClient } from '../SpotClient.js'
import { Earn } from './Earn.js'
import { Funding } from './Funding.js'
import { Market } from './Market.js'
import { Trade } from './Trade.js'
import { User } from './User.js'

// A private simulator without rate limits: this file makes ~70 private calls in a row, which at Starter tier would
// take minutes of (correct) limiter waits. Rate limiting has its own tests.
const ACCOUNT = {
  key: 'every-method-key',
  secret: Buffer.from('every method secret').toString('base64'),
  balances: { ZUSD: '1000000', XXBT: '10', XETH: '100', ZEUR: '100000', AAPLx: '50' },
}
let sim: Awaited<ReturnType<typeof startSimulator>>
const called = new Set<string>()

/** Records every method name called on a namespace instance. */
function recorded<T extends object>(instance: T): T {
  return new Proxy(instance, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof value !== 'function' || typeof property !== 'string') return value
      return (...args: unknown[]) => {
        called.add(`${target.constructor.name}.${property}`)
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
}

let market: Market
let user: User
let trade: Trade
let funding: Funding
let earn: Earn

beforeAll(async () => {
  sim = await startSimulator({ rateLimits: false, accounts: [ACCOUNT] })
  const client = new SpotClient({ baseUrl: sim.url, key: ACCOUNT.key, secret: ACCOUNT.secret, rateLimit: false })
  market = recorded(new Market({ baseUrl: sim.url }))
  user = recorded(new User(client))
  trade = recorded(new Trade(client))
  funding = recorded(new Funding(client))
  earn = recorded(new Earn(client))
})

afterAll(async () => {
  await sim.close()
})

describe('Market against kraken-sim', () => {
  it('reads time, status, assets and pairs (also xStocks)', async () => {
    expect((await market.getServerTime()).unixtime).toBeGreaterThan(1_600_000_000)
    expect((await market.getSystemStatus()).status).toBe('online')
    expect(Object.keys(await market.getAssets({ asset: ['XBT', 'ETH'] })).length).toBeGreaterThanOrEqual(2)
    const pairs = await market.getAssetPairs({ pair: 'XBTUSD' })
    expect(pairs.XXBTZUSD?.lot_decimals).toBe(8)
    const xstocks = await market.getAssetPairs({ aclass_base: 'tokenized_asset' })
    expect(Object.values(xstocks).every((pair) => pair.aclass_base === 'tokenized_asset')).toBe(true)
  })

  it('reads ticker, OHLC (and the getOhlcv alias), book, trades and spreads with decimals as strings', async () => {
    const ticker = await market.getTicker({ pair: 'XBTUSD' })
    expect(typeof ticker.XXBTZUSD?.c[0]).toBe('string')
    const ohlc = await market.getOhlc({ pair: 'XBTUSD', interval: 60 })
    expect(typeof ohlc.last).toBe('number')
    const ohlcv = await market.getOhlcv({ pair: 'XBTUSD' })
    expect(ohlcv.last).toBeDefined()
    const book = await market.getOrderBook({ pair: 'XBTUSD', count: 5 })
    expect(typeof Object.values(book)[0]?.asks[0]?.[0]).toBe('string')
    const trades = await market.getRecentTrades({ pair: 'XBTUSD', count: 10 })
    expect(trades.last).toBeDefined()
    const spreads = await market.getRecentSpreads({ pair: 'XBTUSD' })
    expect(spreads.last).toBeDefined()
    const xstock = await market.getTicker({ pair: 'AAPLxUSD', asset_class: 'tokenized_asset' })
    expect(Object.keys(xstock)).toHaveLength(1)
  })
})

describe('Trade against kraken-sim', () => {
  it('places, queries, edits, amends and cancels orders', async () => {
    expect(await trade.truncate('0.1', 'volume', 'XBTUSD')).toBe('0.10000000')
    const ticker = await market.getTicker({ pair: 'XBTUSD' })
    const last = Number(ticker.XXBTZUSD!.c[0])
    const lowPrice = (Math.floor(last * 0.5 * 10) / 10).toFixed(1)

    const validated = await trade.createOrder({
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.01',
      price: lowPrice,
      validate: true,
    })
    expect(validated.descr.order).toContain('buy')

    const placed = await trade.createOrder({
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.01',
      price: lowPrice,
      cl_ord_id: 'every-1',
    })
    const txid = placed.txid![0]!
    expect((await user.getOrdersInfo({ txid }))[txid]?.status).toBe('open')
    expect(Object.keys((await user.getOpenOrders({ cl_ord_id: 'every-1' })).open)).toEqual([txid])

    const amended = await trade.amendOrder({ txid, limit_price: (Number(lowPrice) - 1).toFixed(1) })
    expect(typeof amended.amend_id).toBe('string')
    const amends = await user.getOrderAmends({ order_id: txid })
    expect(amends.count).toBeGreaterThanOrEqual(1)

    const edited = await trade.editOrder({ txid, pair: 'XBTUSD', volume: '0.02' })
    expect(typeof edited.txid).toBe('string')
    expect((await trade.cancelOrder({ txid: edited.txid })).count).toBe(1)

    const batch = await trade.createOrderBatch({
      pair: 'XBTUSD',
      orders: [
        { type: 'buy', ordertype: 'limit', volume: '0.01', price: lowPrice },
        { type: 'buy', ordertype: 'limit', volume: '0.01', price: lowPrice, oflags: 'post' },
      ],
    })
    const ids = batch.orders.map((order) => order.txid!)
    expect(ids).toHaveLength(2)
    expect((await trade.cancelOrderBatch({ orders: ids })).count).toBe(2)

    await trade.createOrder({ pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '0.01', price: lowPrice })
    expect((await trade.cancelAllOrders()).count).toBeGreaterThanOrEqual(1)
    const switchOn = await trade.cancelAllOrdersAfterX({ timeout: 60 })
    expect(switchOn.triggerTime).toBeDefined()
    await trade.cancelAllOrdersAfterX({ timeout: 0 })
  })

  it('fills a market order, visible in trades and ledgers', async () => {
    const placed = await trade.createOrder({ pair: 'XBTUSD', type: 'buy', ordertype: 'market', volume: '0.01' })
    expect(placed.txid).toHaveLength(1)
    const closed = await user.getClosedOrders({})
    expect(Object.keys(closed.closed).length).toBeGreaterThanOrEqual(1)
    const history = await user.getTradesHistory({ ledgers: true })
    const tradeIds = Object.keys(history.trades)
    expect(tradeIds.length).toBeGreaterThanOrEqual(1)
    const info = await user.getTradesInfo({ txid: tradeIds[0]! })
    expect(info[tradeIds[0]!]?.pair).toBeDefined()
    const ledger = await user.getLedgersInfo({ asset: 'all' })
    const ledgerIds = Object.keys(ledger.ledger)
    expect(ledgerIds.length).toBeGreaterThanOrEqual(1)
    const entries = await user.getLedgers({ id: ledgerIds[0]! })
    expect(typeof entries[ledgerIds[0]!]?.amount).toBe('string')
  })
})

describe('User against kraken-sim', () => {
  it('reads balances (also through getBalance) and account figures', async () => {
    expect(typeof (await user.getAccountBalance()).ZUSD).toBe('string')
    expect(typeof (await user.getBalances()).ZUSD?.balance).toBe('string')
    const usd = await user.getBalance({ currency: 'USD' })
    expect(usd.currency).toBe('USD')
    expect(Number(usd.balance)).toBeGreaterThan(0)
    await user.getCreditLines()
    expect(typeof (await user.getTradeBalance({ asset: 'ZUSD' })).eb).toBe('string')
    expect(await user.getOpenPositions()).toBeDefined()
    expect(typeof (await user.getTradeVolume({ pair: 'XBTUSD' })).volume).toBe('string')
    expect(typeof (await user.getWebSocketsToken()).token).toBe('string')
  })

  it('runs an export report through its whole life and downloads bytes', async () => {
    const { id } = await user.requestExportReport({ report: 'trades', description: 'every method' })
    const status = await user.getExportReportStatus({ report: 'trades' })
    expect(status.some((report) => report.id === id)).toBe(true)
    let bytes: Uint8Array | undefined
    for (let attempt = 0; attempt < 20 && bytes === undefined; attempt++) {
      try {
        bytes = await user.retrieveExport({ id })
      } catch (error) {
        if (attempt === 19) throw error
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(bytes!.length).toBeGreaterThan(0)
    expect((await user.deleteExportReport({ id, type: 'delete' })).delete).toBe(true)
  })

  it('creates a subaccount and transfers to it', async () => {
    expect(await user.createSubaccount({ username: 'every-sub', email: 'every-sub@example.com' })).toBe(true)
    const transfer = await user.accountTransfer({ asset: 'XBT', amount: '0.01', from: 'master', to: 'every-sub' })
    expect(typeof transfer.transfer_id).toBe('string')
  })
})

describe('Funding against kraken-sim', () => {
  it('covers deposits, withdrawals and wallet transfers', async () => {
    const methods = await funding.getDepositMethods({ asset: 'XBT' })
    expect(methods.length).toBeGreaterThanOrEqual(1)
    const addresses = await funding.getDepositAddress({ asset: 'XBT', method: methods[0]!.method })
    expect(addresses.length).toBeGreaterThanOrEqual(1)
    expect(await funding.getRecentDepositsStatus({ asset: 'XBT' })).toBeDefined()
    expect((await funding.withdrawMethods({ asset: 'XBT' })).length).toBeGreaterThanOrEqual(1)
    const withdrawAddresses = await funding.withdrawAddresses({ asset: 'XBT' })
    expect(withdrawAddresses.length).toBeGreaterThanOrEqual(1)
    const key = withdrawAddresses[0]!.key
    const info = await funding.getWithdrawalInfo({ asset: 'XBT', key, amount: '0.1' })
    expect(typeof info.fee).toBe('string')
    const { refid } = await funding.withdrawFunds({ asset: 'XBT', key, amount: '0.1' })
    expect(typeof refid).toBe('string')
    expect(await funding.getRecentWithdrawStatus({ asset: 'XBT' })).toBeDefined()
    expect(await funding.cancelWithdraw({ asset: 'XBT', refid })).toBe(true)
    const transfer = await funding.walletTransfer({
      asset: 'XBT',
      from: 'Spot Wallet',
      to: 'Futures Wallet',
      amount: '0.01',
    })
    expect(typeof transfer.refid).toBe('string')
  })
})

describe('Earn against kraken-sim', () => {
  it('lists strategies, allocates, deallocates and lists allocations', async () => {
    const strategies = await earn.listEarnStrategies({ asset: 'ETH' })
    expect(strategies.items.length).toBeGreaterThanOrEqual(1)
    const strategy_id = strategies.items[0]!.id
    expect(await earn.allocateEarnFunds({ amount: '1', strategy_id })).toBe(true)
    expect(typeof (await earn.getAllocationStatus({ strategy_id })).pending).toBe('boolean')
    expect(await earn.deallocateEarnFunds({ amount: '0.5', strategy_id })).toBe(true)
    expect(typeof (await earn.getDeallocationStatus({ strategy_id })).pending).toBe('boolean')
    expect((await earn.listEarnAllocations({ hide_zero_allocations: true })).items).toBeDefined()
  })
})

describe('coverage', () => {
  it('called every method of every namespace (endpoint table, helpers and aliases)', () => {
    const expected = [
      ...Object.entries(spotEndpoints).flatMap(([name, row]) => [
        `${row.namespace}.${name}`,
        ...('aliases' in row ? row.aliases.map((alias) => `${row.namespace}.${alias}`) : []),
      ]),
      ...Object.entries(spotHelpers).map(([name, row]) => `${row.namespace}.${name}`),
    ].sort()
    expect([...called].filter((name) => !name.endsWith('.request')).sort()).toEqual(expected)
    expect(Object.values(pythonMethods).flat()).toHaveLength(54)
  })
})
