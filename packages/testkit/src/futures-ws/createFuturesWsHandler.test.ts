import { signFuturesChallengeSync } from '@k/signing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getFuturesEngine } from '../futures-engine/getFuturesEngine.js'
import { type Simulator, startSimulator } from '../startSimulator.js'
import { _rawFuturesSocket, type RawFuturesSocket } from './_rawFuturesSocket.js'

const ACCOUNT = {
  key: 'fws-spot-key',
  secret: Buffer.from('fws spot secret').toString('base64'),
  futuresKey: 'fws-futures-key',
  futuresSecret: Buffer.from('fws futures secret for the ws tests').toString('base64'),
  futuresBalances: { usd: '50000' },
}
const PRIVATE_FEEDS = [
  'fills',
  'open_positions',
  'open_orders',
  'open_orders_verbose',
  'balances',
  'deposits_withdrawals',
  'account_balances_and_margins',
  'account_log',
  'notifications_auth',
]
const SNAPSHOT_FEED: Record<string, string> = {
  fills: 'fills_snapshot',
  open_positions: 'open_positions',
  open_orders: 'open_orders_snapshot',
  open_orders_verbose: 'open_orders_verbose_snapshot',
  balances: 'balances_snapshot',
  deposits_withdrawals: 'deposits_withdrawals_snapshot',
  account_balances_and_margins: 'account_balances_and_margins',
  account_log: 'account_log_snapshot',
  notifications_auth: 'notifications_auth',
}

let sim: Simulator
/** A data message of `feed` (acks carry `feed` too, but also `event`). */
const isFeed = (message: Record<string, unknown>, feed: string | undefined) =>
  message.feed === feed && message.event === undefined
const sockets: RawFuturesSocket[] = []
const open = async (query = '') => {
  const socket = await _rawFuturesSocket(`${sim.futuresWsUrl}${query}`)
  sockets.push(socket)
  return socket
}
const challenge = async (socket: RawFuturesSocket, key = ACCOUNT.futuresKey) => {
  const from = socket.messages.length
  socket.send({ event: 'challenge', api_key: key })
  const answer = await socket.next((message) => message.event === 'challenge', 5000, from)
  return answer.message as string
}
const auth = async (socket: RawFuturesSocket, secret = ACCOUNT.futuresSecret) => {
  const original_challenge = await challenge(socket)
  return {
    api_key: ACCOUNT.futuresKey,
    original_challenge,
    signed_challenge: signFuturesChallengeSync({ secret, challenge: original_challenge }),
  }
}

beforeAll(async () => {
  sim = await startSimulator({ seed: 9, tickMs: 20, accounts: [ACCOUNT] })
})
afterAll(async () => {
  for (const socket of sockets) await socket.close()
  await sim.close()
})

describe('Futures WS v1 simulator', () => {
  it('greets with info and answers malformed JSON and unknown feeds with Kraken errors, never crashing', async () => {
    const socket = await open()
    expect(await socket.next((message) => message.event === 'info')).toEqual({ event: 'info', version: 1 })
    socket.sendText('{not json')
    expect(await socket.next((message) => message.event === 'error')).toEqual({ event: 'error', message: 'Json Error' })
    const from = socket.messages.length
    socket.send({ event: 'subscribe', feed: 'nope', product_ids: ['PI_XBTUSD'] })
    expect(await socket.next((message) => message.event === 'error', 5000, from)).toEqual({
      event: 'error',
      message: 'Invalid feed',
    })
    const from2 = socket.messages.length
    socket.send({ event: 'subscribe', feed: 'ticker', product_ids: ['PI_NOPE'] })
    expect(await socket.next((message) => message.event === 'error', 5000, from2)).toEqual({
      event: 'error',
      message: 'Invalid product id',
    })
    expect(socket.socket.readyState).toBe(socket.socket.OPEN)
  })

  it('issues a UUID challenge and accepts a correctly signed private subscribe', async () => {
    const socket = await open()
    const original = await challenge(socket)
    expect(original).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    const signed = signFuturesChallengeSync({ secret: ACCOUNT.futuresSecret, challenge: original })
    socket.send({
      event: 'subscribe',
      feed: 'open_orders',
      api_key: ACCOUNT.futuresKey,
      original_challenge: original,
      signed_challenge: signed,
    })
    expect(await socket.next((message) => message.event === 'subscribed')).toEqual({
      event: 'subscribed',
      feed: 'open_orders',
    })
    const snapshot = await socket.next((message) => isFeed(message, 'open_orders_snapshot'))
    expect(snapshot).toMatchObject({ account: expect.any(String), orders: [] })
  })

  it('rejects a wrong secret, a foreign challenge and a missing signature with Kraken’s alert', async () => {
    const socket = await open()
    const wrong = await auth(socket, Buffer.from('not the secret').toString('base64'))
    socket.send({ event: 'subscribe', feed: 'fills', ...wrong })
    const alert = { event: 'alert', message: 'Failed to subscribe to authenticated feed' }
    expect(await socket.next((message) => message.event === 'alert')).toEqual(alert)
    // A challenge issued on another connection is not valid here.
    const other = await open()
    const foreign = await auth(other)
    let from = socket.messages.length
    socket.send({ event: 'subscribe', feed: 'fills', ...foreign })
    expect(await socket.next((message) => message.event === 'alert', 5000, from)).toEqual(alert)
    from = socket.messages.length
    socket.send({ event: 'subscribe', feed: 'fills', api_key: ACCOUNT.futuresKey })
    expect(await socket.next((message) => message.event === 'alert', 5000, from)).toEqual(alert)
    expect(socket.messages.some((message) => message.event === 'subscribed')).toBe(false)
  })

  it('serves every private feed with its snapshot', async () => {
    const socket = await open()
    const credentials = await auth(socket)
    for (const feed of PRIVATE_FEEDS) {
      const from = socket.messages.length
      socket.send({ event: 'subscribe', feed, ...credentials })
      await socket.next((message) => message.event === 'subscribed' && message.feed === feed, 5000, from)
      const snapshot = await socket.next((message) => isFeed(message, SNAPSHOT_FEED[feed]), 5000, from)
      expect(snapshot.feed).toBe(SNAPSHOT_FEED[feed])
    }
    const balances = socket.messages.find((message) => isFeed(message, 'balances_snapshot')) as {
      flex_futures: { currencies: Record<string, { quantity: number }> }
    }
    expect(balances.flex_futures.currencies.USD?.quantity).toBe(50000)
    const notifications = socket.messages.find((message) => isFeed(message, 'notifications_auth')) as {
      notifications: unknown[]
    }
    expect(notifications.notifications.length).toBeGreaterThan(0)
  })

  it('streams open_orders deltas with reasons and is_cancel as orders are placed and cancelled', async () => {
    const socket = await open()
    const credentials = await auth(socket)
    socket.send({ event: 'subscribe', feed: 'open_orders', ...credentials })
    socket.send({ event: 'subscribe', feed: 'open_orders_verbose', ...credentials })
    await socket.next((message) => isFeed(message, 'open_orders_verbose_snapshot'))
    const engine = getFuturesEngine(sim.state)
    const account = engine.account(ACCOUNT.futuresKey)!
    const market = engine.market.get('PI_XBTUSD')!
    const price = engine.market.bestBid(market) - 500
    const placed = engine.sendOrder(account, {
      orderType: 'lmt',
      symbol: 'PI_XBTUSD',
      side: 'buy',
      size: 10,
      limitPrice: price,
    })
    const added = await socket.next(
      (message) => isFeed(message, 'open_orders') && message.reason === 'new_placed_order_by_user',
    )
    expect(added).toMatchObject({
      is_cancel: false,
      order: { order_id: placed.order_id, instrument: 'PI_XBTUSD', direction: 0, qty: 10, limit_price: price },
    })
    engine.cancelOrder(account, { order_id: placed.order_id })
    // Kraken quirk reproduced: the plain feed's user cancel carries only the order id.
    const cancelled = await socket.next((message) => isFeed(message, 'open_orders') && message.is_cancel === true)
    expect(cancelled).toEqual({
      feed: 'open_orders',
      order_id: placed.order_id,
      cli_ord_id: null,
      is_cancel: true,
      reason: 'cancelled_by_user',
    })
    const verbose = await socket.next((message) => isFeed(message, 'open_orders_verbose') && message.is_cancel === true)
    expect(verbose).toMatchObject({ reason: 'cancelled_by_user', order: { order_id: placed.order_id } })
  })

  it('forwards engine reasons (fills, edits, rejections, dead man switch) with fills, positions and balances updates', async () => {
    const socket = await open()
    const credentials = await auth(socket)
    for (const feed of ['open_orders_verbose', 'fills', 'open_positions', 'balances', 'account_log']) {
      socket.send({ event: 'subscribe', feed, ...credentials })
    }
    await socket.next((message) => isFeed(message, 'account_log_snapshot'))
    const engine = getFuturesEngine(sim.state)
    const account = engine.account(ACCOUNT.futuresKey)!
    const market = engine.market.get('PI_ETHUSD')!
    const bid = engine.market.bestBid(market)
    const ask = engine.market.bestAsk(market)
    const resting = engine.sendOrder(account, {
      orderType: 'lmt',
      symbol: 'PI_ETHUSD',
      side: 'buy',
      size: 5,
      limitPrice: bid - 50,
    })
    engine.editOrder(account, { orderId: resting.order_id, size: 7 })
    engine.sendOrder(account, { orderType: 'post', symbol: 'PI_ETHUSD', side: 'buy', size: 5, limitPrice: ask + 5 })
    engine.sendOrder(account, { orderType: 'ioc', symbol: 'PI_ETHUSD', side: 'buy', size: 5, limitPrice: bid - 100 })
    engine.sendOrder(account, { orderType: 'lmt', symbol: 'PI_ETHUSD', side: 'buy', size: 5, limitPrice: ask + 5 })
    engine.cancelAllOrdersAfter(account, 0.05)
    const reasons = () =>
      new Set(
        socket.messages.filter((message) => isFeed(message, 'open_orders_verbose')).map((message) => message.reason),
      )
    await socket.next(() => reasons().has('dead_man_switch'), 5000)
    for (const reason of [
      'new_placed_order_by_user',
      'edited_by_user',
      'post_order_failed_because_it_would_filled',
      'ioc_order_failed_because_it_would_not_be_executed',
      'full_fill',
      'dead_man_switch',
    ]) {
      expect(reasons()).toContain(reason)
    }
    const fills = await socket.next((message) => isFeed(message, 'fills'))
    expect(fills).toMatchObject({
      username: expect.any(String),
      fills: [expect.objectContaining({ instrument: 'PI_ETHUSD', buy: true, qty: 5 })],
    })
    const positions = await socket.next(
      (message) => isFeed(message, 'open_positions') && (message.positions as unknown[]).length > 0,
    )
    expect(positions).toMatchObject({ positions: [expect.objectContaining({ instrument: 'PI_ETHUSD', balance: 5 })] })
    expect(await socket.next((message) => isFeed(message, 'account_log'))).toMatchObject({
      new_entry: expect.objectContaining({ id: expect.any(Number) }),
    })
  })

  it('serves public feeds: ticker, ticker_lite, heartbeat, trade snapshot and trades', async () => {
    const socket = await open()
    socket.send({ event: 'subscribe', feed: 'ticker', product_ids: ['PI_XBTUSD'] })
    socket.send({ event: 'subscribe', feed: 'ticker_lite', product_ids: ['PF_ETHUSD'] })
    socket.send({ event: 'subscribe', feed: 'trade', product_ids: ['PI_XBTUSD'] })
    socket.send({ event: 'subscribe', feed: 'heartbeat' })
    expect(await socket.next((message) => message.event === 'subscribed' && message.feed === 'ticker')).toEqual({
      event: 'subscribed',
      feed: 'ticker',
      product_ids: ['PI_XBTUSD'],
    })
    const ticker = await socket.next((message) => isFeed(message, 'ticker'))
    expect(ticker).toMatchObject({
      product_id: 'PI_XBTUSD',
      tag: 'perpetual',
      pair: 'XBT:USD',
      bid: expect.any(Number),
      markPrice: expect.any(Number),
      funding_rate: expect.any(Number),
    })
    expect(await socket.next((message) => isFeed(message, 'ticker_lite'))).toMatchObject({
      product_id: 'PF_ETHUSD',
      bid: expect.any(Number),
    })
    expect(await socket.next((message) => isFeed(message, 'trade_snapshot'))).toMatchObject({
      product_id: 'PI_XBTUSD',
      trades: expect.any(Array),
    })
    expect(await socket.next((message) => isFeed(message, 'trade'))).toMatchObject({
      product_id: 'PI_XBTUSD',
      uid: expect.any(String),
      side: expect.stringMatching(/buy|sell/),
    })
    expect(await socket.next((message) => isFeed(message, 'heartbeat'), 5000)).toMatchObject({
      time: expect.any(Number),
    })
    const from = socket.messages.length
    socket.send({ event: 'unsubscribe', feed: 'ticker', product_ids: ['PI_XBTUSD'] })
    expect(await socket.next((message) => message.event === 'unsubscribed', 5000, from)).toEqual({
      event: 'unsubscribed',
      feed: 'ticker',
      product_ids: ['PI_XBTUSD'],
    })
    const from2 = socket.messages.length
    socket.send({ event: 'unsubscribe', feed: 'ticker', product_ids: ['PI_XBTUSD'] })
    expect(await socket.next((message) => message.event === 'unsubscribed_failed', 5000, from2)).toMatchObject({
      feed: 'ticker',
    })
  })

  it('sends book_snapshot then deltas whose seq rises by exactly one', async () => {
    const socket = await open()
    socket.send({ event: 'subscribe', feed: 'book', product_ids: ['PF_XBTUSD'] })
    const snapshot = await socket.next((message) => isFeed(message, 'book_snapshot'))
    expect(snapshot).toMatchObject({ product_id: 'PF_XBTUSD', seq: expect.any(Number), tickSize: null })
    expect((snapshot.bids as unknown[]).length).toBeGreaterThan(0)
    await socket.next(() => socket.messages.filter((message) => isFeed(message, 'book')).length >= 200, 10_000)
    let seq = snapshot.seq as number
    for (const message of socket.messages.filter((entry) => isFeed(entry, 'book')).slice(0, 200)) {
      expect(message.seq).toBe(seq + 1)
      seq = message.seq as number
    }
  })

  it('skips one seq every N book deltas under skipFuturesSeqEveryN', async () => {
    const socket = await open('?skipFuturesSeqEveryN=10')
    socket.send({ event: 'subscribe', feed: 'book', product_ids: ['PF_XBTUSD'] })
    const snapshot = await socket.next((message) => isFeed(message, 'book_snapshot'))
    await socket.next(() => socket.messages.filter((message) => isFeed(message, 'book')).length >= 45, 10_000)
    const seqs = [
      snapshot.seq as number,
      ...socket.messages.filter((message) => isFeed(message, 'book')).map((message) => message.seq as number),
    ]
    const gaps = seqs.slice(1).filter((seq, index) => seq !== seqs[index]! + 1)
    expect(gaps.length).toBeGreaterThanOrEqual(4)
  })

  it('drops the connection after every N frames (dropEveryN) and closes with 1008 (close1008AfterN)', async () => {
    const dropped = await open('?dropEveryN=3')
    dropped.send({ event: 'subscribe', feed: 'ticker', product_ids: ['PI_XBTUSD'] })
    expect((await dropped.closed).code).toBe(1006)
    expect(dropped.messages.length).toBe(3)
    const policy = await open('?close1008AfterN=2')
    policy.send({ event: 'subscribe', feed: 'heartbeat' })
    expect(await policy.closed).toEqual({ code: 1008, reason: 'Policy violation' })
    expect(policy.messages.length).toBe(2)
    // The same faults set globally (options / POST /__sim/faults) apply to new connections.
    sim.state.faults = { close1008AfterN: 1 }
    const global = await open()
    sim.state.faults = {}
    expect((await global.closed).code).toBe(1008)
    expect(global.messages).toEqual([{ event: 'info', version: 1 }])
  })

  it('delays every frame under delayMs and still delivers them in order', async () => {
    const socket = await open('?delayMs=30')
    socket.send({ event: 'subscribe', feed: 'book', product_ids: ['PI_ETHUSD'] })
    const snapshot = await socket.next((message) => isFeed(message, 'book_snapshot'))
    await socket.next(() => socket.messages.filter((message) => isFeed(message, 'book')).length >= 20, 10_000)
    const first = socket.messages.find((message) => isFeed(message, 'book'))
    expect(first?.seq).toBe((snapshot.seq as number) + 1)
    expect(socket.messages[0]).toEqual({ event: 'info', version: 1 })
  })
})
