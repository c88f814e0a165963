import { Trade, User } from '@k/futures-rest'
import { createSimAccount, type SimAccount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { FuturesWsClient } from './FuturesWsClient.js'
import {
  FUTURES_OPEN_ORDER_REASONS,
  type FuturesOpenOrder,
  type FuturesOpenOrderReason,
} from './messages/FuturesOpenOrdersMessage.js'
import { OpenOrdersState } from './OpenOrdersState.js'
import { _collect, isFeed } from './testing/_collect.js'
import { _futuresRest } from './testing/_futuresRest.js'

const order = (order_id: string, overrides: Partial<FuturesOpenOrder> = {}): FuturesOpenOrder => ({
  instrument: 'PF_XBTUSD',
  time: 1612275024153,
  last_update_time: 1612275024153,
  qty: 1000,
  filled: 0,
  limit_price: 34900,
  stop_price: 0,
  type: 'limit',
  order_id,
  direction: 1,
  reduce_only: false,
  ...overrides,
})

/** Seed 002: which reasons leave the order open (`is_cancel: false`) and which remove it. */
const KEEPS: ReadonlySet<FuturesOpenOrderReason> = new Set([
  'new_placed_order_by_user',
  'limit_order_from_stop',
  'partial_fill',
  'edited_by_user',
])

describe('OpenOrdersState (pure)', () => {
  it('applies the seed-002 snapshot, then a delta for every reason', () => {
    const state = new OpenOrdersState()
    expect(state.hasSnapshot).toBe(false)
    expect(
      state.apply({ feed: 'open_orders_snapshot', account: 'acc', orders: [order('a'), order('b', { time: 1 })] }),
    ).toEqual({ type: 'snapshot', count: 2 })
    expect(state.orders().map((entry) => entry.order_id)).toEqual(['b', 'a'])
    for (const [index, reason] of FUTURES_OPEN_ORDER_REASONS.entries()) {
      const id = `order-${index}`
      state.apply({ feed: 'open_orders', order: order(id), is_cancel: false, reason: 'new_placed_order_by_user' })
      const isCancel = !KEEPS.has(reason)
      const change = state.apply({ feed: 'open_orders', order: order(id, { filled: 5 }), is_cancel: isCancel, reason })
      expect(change.type).toBe(isCancel ? 'remove' : 'upsert')
      expect(state.get(id) === undefined).toBe(isCancel)
      if (!isCancel) expect(state.get(id)?.filled).toBe(5)
    }
    expect(state.size).toBe(2 + KEEPS.size)
  })

  it('removes on a cancel that carries only order_id (Kraken quirk) and ignores other feeds', () => {
    const state = new OpenOrdersState()
    state.apply({ feed: 'open_orders_verbose_snapshot', account: 'acc', orders: [order('x', { cli_ord_id: 'mine' })] })
    expect(state.getByClientId('mine')?.order_id).toBe('x')
    expect(state.apply({ feed: 'heartbeat', time: 1 })).toEqual({ type: 'ignored' })
    expect(state.apply({ event: 'subscribed', feed: 'open_orders' })).toEqual({ type: 'ignored' })
    const change = state.apply({
      feed: 'open_orders',
      order_id: 'x',
      cli_ord_id: null,
      is_cancel: true,
      reason: 'cancelled_by_user',
    })
    expect(change).toMatchObject({
      type: 'remove',
      orderId: 'x',
      reason: 'cancelled_by_user',
      order: { order_id: 'x' },
    })
    expect(state.size).toBe(0)
    // A new snapshot replaces everything.
    state.apply({ feed: 'open_orders', order: order('y'), is_cancel: false, reason: 'new_placed_order_by_user' })
    state.apply({ feed: 'open_orders_snapshot', account: 'acc', orders: [] })
    expect(state.orders()).toEqual([])
  })
})

describe('OpenOrdersState against kraken-sim orders placed over Futures REST', () => {
  const sim = inject('krakenSim')
  let account: SimAccount
  let client: FuturesWsClient
  beforeAll(async () => {
    account = await createSimAccount(sim, { futuresBalances: { usd: '100000' } })
    client = new FuturesWsClient({ url: sim.futuresWsUrl, key: account.futuresKey, secret: account.futuresSecret })
    await client.connect()
  })
  afterAll(() => client.close())

  it('matches the simulator’s open orders after placing and cancelling orders', async () => {
    const credentials = { key: account.futuresKey, secret: account.futuresSecret }
    const state = new OpenOrdersState()
    const { next, messages } = _collect(client)
    client.on('message', (message) => state.apply(message))
    await client.subscribe({ feed: 'open_orders' })
    await next(isFeed('open_orders_snapshot'))
    expect(state.hasSnapshot).toBe(true)

    const placed: string[] = []
    for (const [index, price] of ['20000', '20500', '21000'].entries()) {
      const response = await _futuresRest(sim.futuresUrl, credentials, 'POST', '/derivatives/api/v3/sendorder', {
        orderType: 'lmt',
        symbol: 'PI_XBTUSD',
        side: 'buy',
        size: String(100 * (index + 1)),
        limitPrice: price,
        cliOrdId: `ws-test-${index}`,
      })
      const sendStatus = response.sendStatus as { status: string; order_id: string }
      expect(sendStatus.status).toBe('placed')
      placed.push(sendStatus.order_id)
    }
    await next(
      (message) =>
        isFeed('open_orders')(message) && (message as { order?: { order_id: string } }).order?.order_id === placed[2],
    )
    expect(state.get(placed[0]!)).toMatchObject({
      instrument: 'PI_XBTUSD',
      qty: 100,
      limit_price: 20000,
      direction: 0,
      cli_ord_id: 'ws-test-0',
    })

    const cancel = await _futuresRest(sim.futuresUrl, credentials, 'POST', '/derivatives/api/v3/cancelorder', {
      order_id: placed[1]!,
    })
    expect((cancel.cancelStatus as { status: string }).status).toBe('cancelled')
    const removed = await next(
      (message) => isFeed('open_orders')(message) && (message as { is_cancel?: boolean }).is_cancel === true,
    )
    expect(removed).toMatchObject({ order_id: placed[1], reason: 'cancelled_by_user' })

    const open = await _futuresRest(sim.futuresUrl, credentials, 'GET', '/derivatives/api/v3/openorders')
    const restIds = (open.openOrders as Array<{ order_id: string }>).map((entry) => entry.order_id).sort()
    expect(
      state
        .orders()
        .map((entry) => entry.order_id)
        .sort(),
    ).toEqual(restIds)
    expect(restIds).toEqual([placed[0], placed[2]].sort())
    expect(messages.filter(({ message }) => isFeed('open_orders')(message)).length).toBe(4)
  })
})

describe('OpenOrdersState with orders placed through @k/futures-rest', () => {
  const sim = inject('krakenSim')

  it('follows createOrder, editOrder and cancelOrder, and equals User.getOpenOrders', async () => {
    const account = await createSimAccount(sim, { futuresBalances: { usd: '100000' } })
    const options = { key: account.futuresKey, secret: account.futuresSecret, baseUrl: sim.futuresUrl }
    const trade = new Trade(options)
    const user = new User(options)
    const client = new FuturesWsClient({
      url: sim.futuresWsUrl,
      key: account.futuresKey,
      secret: account.futuresSecret,
    })
    try {
      const state = new OpenOrdersState()
      const reasons: string[] = []
      const { next } = _collect(client)
      client.on('message', (message) => {
        const change = state.apply(message)
        if (change.type === 'upsert' || change.type === 'remove') reasons.push(change.reason)
      })
      await client.connect()
      await client.subscribe({ feed: 'open_orders' })
      await next(isFeed('open_orders_snapshot'))
      const first = await trade.createOrder({
        orderType: 'lmt',
        symbol: 'PF_SOLUSD',
        side: 'sell',
        size: '2',
        limitPrice: '900',
      })
      const second = await trade.createOrder({
        orderType: 'lmt',
        symbol: 'PF_SOLUSD',
        side: 'sell',
        size: '3',
        limitPrice: '950',
      })
      const firstId = first.sendStatus.order_id as string
      const secondId = second.sendStatus.order_id as string
      await trade.editOrder({ orderId: firstId, size: '4' })
      await trade.cancelOrder({ order_id: secondId })
      await expect
        .poll(() => reasons, { timeout: 5000 })
        .toEqual(['new_placed_order_by_user', 'new_placed_order_by_user', 'edited_by_user', 'cancelled_by_user'])
      expect(state.get(firstId)).toMatchObject({ qty: 4, direction: 1, limit_price: 900 })
      const open = await user.getOpenOrders()
      expect(state.orders().map((order) => order.order_id)).toEqual(open.openOrders.map((order) => order.order_id))
      expect(state.orders().map((order) => order.order_id)).toEqual([firstId])
    } finally {
      await client.close()
    }
  })
})
