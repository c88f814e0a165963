import { afterAll, expect, test } from 'vitest'
import { SimState } from '../state/SimState.js'
import type { FuturesEngineEvent } from './FuturesEngineTypes.js'
import { getFuturesEngine } from './getFuturesEngine.js'

function setup(seed = 3) {
  const state = new SimState({ seed, tickMs: 5 })
  state.addAccount({
    key: 'spot',
    secret: 'c2VjcmV0',
    futuresKey: 'fut',
    futuresSecret: 'c2VjcmV0',
    futuresBalances: { usd: '10000' },
  })
  const engine = getFuturesEngine(state)
  const account = engine.account('fut')
  if (!account) throw new Error('account missing')
  const events: FuturesEngineEvent[] = []
  engine.onEvent((event) => events.push(event))
  return { state, engine, account, events }
}

const states: SimState[] = []
afterAll(async () => {
  for (const state of states) for (const closer of state.closers) await closer()
})

test('same seed, same market; the engine is one per state', () => {
  const a = setup(9)
  const b = setup(9)
  states.push(a.state, b.state)
  expect(a.engine.market.book(a.engine.market.get('PF_XBTUSD')!)).toEqual(
    b.engine.market.book(b.engine.market.get('pf_xbtusd')!),
  )
  expect(getFuturesEngine(a.state)).toBe(a.engine)
  expect(a.engine.account('unknown')).toBeUndefined()
})

test('a resting limit order emits new_placed_order_by_user, a cancel cancelled_by_user', () => {
  const { engine, account, events, state } = setup()
  states.push(state)
  const market = engine.market.get('PF_XBTUSD')!
  const price = engine.market.bestBid(market) - 100
  const placed = engine.sendOrder(account, {
    orderType: 'lmt',
    symbol: 'PF_XBTUSD',
    side: 'buy',
    size: 0.01,
    limitPrice: price,
    cliOrdId: 'a1',
  })
  expect(placed.status).toBe('placed')
  expect(events.at(-1)).toMatchObject({
    kind: 'open_orders',
    account: 'fut',
    is_cancel: false,
    reason: 'new_placed_order_by_user',
    order: { cli_ord_id: 'a1', direction: 0, type: 'limit' },
  })
  expect(
    engine.sendOrder(account, {
      orderType: 'lmt',
      symbol: 'PF_XBTUSD',
      side: 'buy',
      size: 0.01,
      limitPrice: price,
      cliOrdId: 'a1',
    }).status,
  ).toBe('clientOrderIdAlreadyExist')
  const edited = engine.editOrder(account, { cliOrdId: 'a1', size: 0.02 })
  expect(edited.status).toBe('edited')
  expect(events.at(-1)).toMatchObject({ reason: 'edited_by_user', order: { qty: 0.02 } })
  expect(engine.cancelOrder(account, { cliOrdId: 'a1' }).status).toBe('cancelled')
  expect(events.at(-1)).toMatchObject({ kind: 'open_orders', is_cancel: true, reason: 'cancelled_by_user' })
  expect(engine.cancelOrder(account, { order_id: placed.order_id }).status).toBe('notFound')
})

test('a market order fills: fill, position, balance, account_log, trade, full_fill', () => {
  const { engine, account, events, state } = setup()
  states.push(state)
  const result = engine.sendOrder(account, { orderType: 'mkt', symbol: 'PF_XBTUSD', side: 'buy', size: 0.01 })
  expect(result.status).toBe('placed')
  const kinds = new Set(events.map((event) => event.kind))
  for (const kind of ['fill', 'position', 'balance', 'account_log', 'trade', 'book', 'ticker'])
    expect(kinds).toContain(kind)
  expect(events.filter((event) => event.kind === 'open_orders').at(-1)).toMatchObject({
    is_cancel: true,
    reason: 'full_fill',
  })
  expect(account.positionList()).toEqual([expect.objectContaining({ symbol: 'PF_XBTUSD', side: 'long', size: 0.01 })])
  expect(
    engine.sendOrder(account, { orderType: 'mkt', symbol: 'PF_XBTUSD', side: 'buy', size: 0.01, reduceOnly: true })
      .status,
  ).toBe('wouldNotReducePosition')
})

test('rejections carry Kraken statuses and seed 002 reasons', () => {
  const { engine, account, events, state } = setup()
  states.push(state)
  const market = engine.market.get('PI_XBTUSD')!
  const ask = engine.market.bestAsk(market)
  expect(
    engine.sendOrder(account, { orderType: 'post', symbol: 'PI_XBTUSD', side: 'buy', size: 1, limitPrice: ask }).status,
  ).toBe('postWouldExecute')
  expect(events.at(-1)).toMatchObject({ reason: 'post_order_failed_because_it_would_filled', is_cancel: true })
  expect(
    engine.sendOrder(account, { orderType: 'ioc', symbol: 'PI_XBTUSD', side: 'buy', size: 1, limitPrice: ask - 50 })
      .status,
  ).toBe('iocWouldNotExecute')
  expect(events.at(-1)).toMatchObject({ reason: 'ioc_order_failed_because_it_would_not_be_executed' })
  expect(
    engine.sendOrder(account, {
      orderType: 'lmt',
      symbol: 'PI_XBTUSD',
      side: 'buy',
      size: 10_000_000,
      limitPrice: ask - 50,
    }).status,
  ).toBe('insufficientAvailableFunds')
  expect(
    engine.sendOrder(account, { orderType: 'lmt', symbol: 'PI_XBTUSD', side: 'buy', size: 1.5, limitPrice: ask - 50 })
      .status,
  ).toBe('invalidSize')
  expect(
    engine.sendOrder(account, { orderType: 'lmt', symbol: 'PI_XBTUSD', side: 'buy', size: 1, limitPrice: ask - 0.3 })
      .status,
  ).toBe('invalidPrice')
  expect(
    engine.sendOrder(account, { orderType: 'lmt', symbol: 'PI_XBTUSD', side: 'up', size: 1, limitPrice: ask }).status,
  ).toBe('invalidSide')
})

test('the dead man switch cancels with reason dead_man_switch; onMarket ticks only while listened to', async () => {
  const { engine, account, events, state } = setup()
  states.push(state)
  const market = engine.market.get('PF_ETHUSD')!
  engine.sendOrder(account, {
    orderType: 'lmt',
    symbol: 'PF_ETHUSD',
    side: 'sell',
    size: 1,
    limitPrice: engine.market.bestAsk(market) + 500,
  })
  expect(engine.cancelAllOrdersAfter(account, 0.05).triggerTime).not.toBe('0')
  const seqBefore = market.seq
  const seen: number[] = []
  const stop = engine.onMarket((event) => {
    if (event.kind === 'book' && event.product_id === 'PF_ETHUSD') seen.push(event.seq)
  })
  for (let i = 0; i < 100 && engine.openOrders(account).length > 0; i++)
    await new Promise((resolve) => setTimeout(resolve, 20))
  stop()
  expect(events.some((event) => event.kind === 'open_orders' && event.reason === 'dead_man_switch')).toBe(true)
  expect(seen.length).toBeGreaterThan(0)
  expect(seen[0]).toBeGreaterThan(seqBefore)
  for (let i = 1; i < seen.length; i++) expect(seen[i]).toBe((seen[i - 1] as number) + 1)
  const after = market.seq
  await new Promise((resolve) => setTimeout(resolve, 30))
  expect(market.seq).toBe(after)
})

test('stops trigger on the mark: stop_order_triggered, then a fill (or limit_order_from_stop with a limit)', () => {
  const { engine, account, events, state } = setup()
  states.push(state)
  const market = engine.market.get('PF_XBTUSD')!
  const stop = market.mid + 50
  engine.sendOrder(account, {
    orderType: 'stp',
    symbol: 'PF_XBTUSD',
    side: 'buy',
    size: 0.01,
    stopPrice: stop,
    cliOrdId: 'stop-mkt',
  })
  engine.sendOrder(account, {
    orderType: 'stp',
    symbol: 'PF_XBTUSD',
    side: 'buy',
    size: 0.01,
    stopPrice: stop,
    limitPrice: stop - 1000,
    cliOrdId: 'stop-lmt',
  })
  engine.sendOrder(account, {
    orderType: 'trailing_stop',
    symbol: 'PF_XBTUSD',
    side: 'sell',
    size: 0.01,
    trailingStopMaxDeviation: 1,
    trailingStopDeviationUnit: 'PERCENT',
    reduceOnly: false,
  })
  const trailingBefore = engine.openOrders(account).find((order) => order.orderType === 'trailing_stop')?.stopPrice ?? 0
  market.mid = stop + 200
  engine.step()
  const reasons = events
    .filter((event) => event.kind === 'open_orders')
    .map((event) =>
      event.kind === 'open_orders' ? `${event.order.cli_ord_id ?? event.order.type}:${event.reason}` : '',
    )
  expect(reasons).toContain('stop-mkt:stop_order_triggered')
  expect(reasons).toContain('stop-mkt:full_fill')
  expect(reasons).toContain('stop-lmt:limit_order_from_stop')
  expect(engine.openOrders(account).map((order) => order.cliOrdId ?? order.orderType)).toEqual([
    'stop-lmt',
    'trailing_stop',
  ])
  // The trailing sell stop followed the mark up (it stays 1 % below the highest mark).
  const trailing = engine.openOrders(account).find((order) => order.orderType === 'trailing_stop')
  expect(trailing?.stopPrice).toBeGreaterThan(trailingBefore)
  expect(trailing?.stopPrice).toBeLessThan(market.mid)
})

test('batch, transfers and withdrawals', () => {
  const { engine, account, state } = setup()
  states.push(state)
  const bid = engine.market.bestBid(engine.market.get('PF_ETHUSD')!)
  const statuses = engine.batchOrder(account, [
    {
      order: 'send',
      order_tag: 't1',
      orderType: 'lmt',
      symbol: 'PF_ETHUSD',
      side: 'buy',
      size: 0.1,
      limitPrice: bid - 10,
    },
    { order: 'edit', order_tag: 't1', size: 0.2 },
    { order: 'cancel', order_tag: 't1' },
    { order: 'jump' },
  ])
  expect(statuses.map((entry) => (entry as { status: string }).status)).toEqual([
    'placed',
    'edited',
    'cancelled',
    'invalidOrderType',
  ])
  expect(engine.transfer(account, 'flex', 'cash', 'USD', 100)).toBeUndefined()
  expect(engine.transfer(account, 'flex', 'cash', 'USD', 1e12)).toBe('insufficientFunds')
  expect(engine.transfer(account, 'flex', 'nowhere', 'USD', 1)).toBe('invalidAccount')
  expect(engine.withdrawToSpot(account, 'USD', 50)).toBeUndefined()
  expect(account.wallets.get('cash')?.get('USD')).toBe(50)
  expect(account.log.map((entry) => entry.info)).toEqual(['transfer', 'transfer', 'cross-exchange transfer'])
})
