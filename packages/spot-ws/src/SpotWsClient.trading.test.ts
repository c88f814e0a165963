import { KrakenNetworkError, KrakenTimeoutError, KrakenValidationError } from '@k/errors'
import { startSimulator } from '@k/testkit'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { SpotWsClient } from './SpotWsClient.js'
import { startDeadMansSwitch } from './startDeadMansSwitch.js'

const secret = Buffer.from('trading-secret').toString('base64')
const order = {
  symbol: 'BTC/USD',
  side: 'buy',
  order_type: 'limit',
  order_qty: '0.01000000',
  limit_price: '1000.0',
} as const

describe('trading methods: validation, timeouts, token handling, never re-sent', () => {
  let sim: Awaited<ReturnType<typeof startSimulator>>
  const clients: SpotWsClient[] = []
  const wsCount = (method: string) => sim.state.requestLog.count('tk', `WS ${method}`)
  const make = async (authQuery = '') => {
    const client = new SpotWsClient({
      key: 'tk',
      secret,
      noPublic: true,
      authUrl: `${sim.authWsUrl}${authQuery}`,
      restUrl: sim.url,
      initialBackoff: 10,
      maxBackoff: 40,
    })
    clients.push(client)
    await client.connect()
    return client
  }
  beforeAll(async () => {
    sim = await startSimulator({ seed: 21, accounts: [{ key: 'tk', secret, balances: { ZUSD: '100000', XXBT: '5' } }] })
  })
  afterAll(async () => {
    for (const client of clients) await client.close()
    await sim.close()
  })

  test('invalid parameters fail before anything is sent, naming the field', async () => {
    const client = await make()
    const before = wsCount('add_order')
    const cases: Array<[() => Promise<unknown>, string]> = [
      [() => client.addOrder({ ...order, side: 'long' as 'buy' }), 'side'],
      [() => client.addOrder({ ...order, limit_price: undefined }), 'limit_price'],
      [() => client.addOrder({ ...order, time_in_force: 'gtd' }), 'expire_time'],
      [() => client.addOrder({ ...order, expire_time: '2026-13-45' }), 'expire_time'],
      [() => client.addOrder({ ...order, deadline: new Date(Date.now() + 120_000).toISOString() }), 'deadline'],
      [() => client.addOrder({ ...order, order_qty: '1e-5' }), 'order_qty'],
      [
        () => client.batchAdd({ symbol: 'BTC/USD', orders: [{ side: 'buy', order_type: 'market', order_qty: 1 }] }),
        'orders',
      ],
      [
        () =>
          client.batchAdd({
            symbol: 'BTC/USD',
            orders: [
              { side: 'buy', order_type: 'market', order_qty: 1 },
              { side: 'buy', order_type: 'limit', order_qty: 1 },
            ],
          }),
        'orders.1.limit_price',
      ],
      [() => client.cancelOrder({}), 'order_id'],
      [() => client.amendOrder({ limit_price: 1 }), 'order_id'],
      [() => client.cancelAllOrdersAfter({ timeout: -1 }), 'timeout'],
      [() => client.batchCancel({ orders: ['only-one'] }), 'orders'],
      [() => client.editOrder({ order_id: 'X', symbol: 'BTC/USD', bogus: 1 } as never), 'bogus'],
    ]
    for (const [call, field] of cases) {
      const error = await call().then(
        () => undefined,
        (caught: unknown) => caught,
      )
      expect(error, field).toBeInstanceOf(KrakenValidationError)
      expect((error as KrakenValidationError).field).toBe(field)
    }
    expect(wsCount('add_order')).toBe(before)
  })

  test('a lost answer times out with "outcome unknown" and the order is not re-sent', async () => {
    const client = await make('?dropOrderResponses=1')
    const before = wsCount('add_order')
    const error = await client
      .addOrder({ ...order, cl_ord_id: 'maybe-placed' }, { timeout: 300 })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(KrakenTimeoutError)
    expect((error as KrakenTimeoutError).shortMessage).toMatch(/outcome is unknown/)
    expect((error as KrakenTimeoutError).details.sent).toBe('maybe')
    expect((error as KrakenTimeoutError).retryable).toBe(false)
    expect(wsCount('add_order')).toBe(before + 1)
    const next = await client.addOrder({ ...order, cl_ord_id: 'answered' })
    expect(next.cl_ord_id).toBe('answered')
  })

  test('a socket dropped while an order waits: rejected as maybe-sent, and after the reconnect it is not re-sent', async () => {
    const client = await make('?dropOrderResponses=1')
    const reconnected = new Promise((resolve) => client.once('reconnected', resolve))
    const before = wsCount('add_order')
    const pending = client
      .addOrder({ ...order, cl_ord_id: 'in-flight' }, { timeout: 10_000 })
      .catch((caught: unknown) => caught)
    while (wsCount('add_order') === before) await new Promise((resolve) => setTimeout(resolve, 5))
    const hub = sim.state.domains.get('spot-ws') as { sessions: Set<{ socket: { terminate(): void } }> }
    for (const session of hub.sessions) session.socket.terminate()
    const error = await pending
    expect(error).toBeInstanceOf(KrakenNetworkError)
    expect((error as KrakenNetworkError).details.sent).toBe('maybe')
    await reconnected
    await client.cancelAll()
    expect(wsCount('add_order')).toBe(before + 1)
  })

  test('an invalidated token: the subscribe is retried once with a fresh token; an order fails and the next succeeds', async () => {
    const client = await make()
    await client.subscribe({ channel: 'executions' })
    const store = sim.state.domains.get('spot-ws-tokens') as { tokens: Map<string, unknown> }
    store.tokens.clear()
    const fetches = client.tokenFetches
    const acks = await client.subscribe({ channel: 'balances' })
    expect(acks[0]!.success).toBe(true)
    expect(client.tokenFetches).toBe(fetches + 1)
    store.tokens.clear()
    const error = await client.addOrder(order).catch((caught: unknown) => caught)
    expect((error as { code?: string }).code).toBe('EAPI:Invalid token')
    for (let round = 0; round < 100 && client.tokenFetches === fetches + 1; round++)
      await new Promise((resolve) => setTimeout(resolve, 10))
    const placed = await client.addOrder(order)
    expect(placed.order_id).toMatch(/^O/)
  })

  test('an expired token (15 minutes passed on the simulator clock) is replaced on the next private subscribe', async () => {
    const client = await make()
    const store = sim.state.domains.get('spot-ws-tokens') as { now: () => number }
    const realNow = store.now
    store.now = () => realNow() + 901_000
    try {
      const fetches = client.tokenFetches
      const acks = await client.subscribe({ channel: 'executions' })
      expect(acks[0]!.success).toBe(true)
      expect(client.tokenFetches).toBe(fetches + 1)
    } finally {
      store.now = realNow
    }
  })

  test('tokens are fetched single-flight', async () => {
    const client = await make()
    const fetches = client.tokenFetches
    const tokens = await Promise.all([client.getWsToken(), client.getWsToken(), client.getWsToken()])
    expect(new Set(tokens.map((entry) => entry.token)).size).toBe(1)
    expect(client.tokenFetches).toBe(fetches + 1)
  })

  test('dead man switch: refreshes on an interval, stops cleanly and disarms', async () => {
    const client = await make()
    const refreshes: string[] = []
    const deadMansSwitch = startDeadMansSwitch(client, {
      timeout: 60,
      interval: 50,
      onRefresh: (result) => refreshes.push(result.trigger_time),
    })
    await deadMansSwitch.ready
    while (refreshes.length < 3) await new Promise((resolve) => setTimeout(resolve, 20))
    const before = wsCount('cancel_all_orders_after')
    await deadMansSwitch.stop()
    expect(wsCount('cancel_all_orders_after')).toBe(before + 1)
    const afterStop = refreshes.length
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(refreshes.length).toBe(afterStop)
    expect(wsCount('cancel_all_orders_after')).toBe(before + 1)
  })
})
