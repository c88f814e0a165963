import { isKrakenError, type KrakenError, KrakenNetworkError, KrakenTimeoutError } from '@k/errors'
import { createOrder, createOrderBatch, getOpenOrders, getOrdersInfo, SpotClient } from '@k/spot-rest'
import { SpotWsClient } from '@k/spot-ws'
import { type Simulator, startSimulator } from '@k/testkit'
import { simOrders, simRequestCount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordFigures } from './internal/_recordFigures.js'
import { waitFor } from './internal/_waitFor.js'

// Orders whose answer is lost: kraken-sim executes the order and then destroys the connection (REST) or never
// answers (WS). The SDK must not send it again, must say the outcome is unknown, and the order must be findable by
// its cl_ord_id. Everything is checked on the simulator's side (request log and the account's orders).

const ACCOUNT = {
  key: 'reliability-orders-key',
  secret: Buffer.from('reliability orders secret').toString('base64'),
  balances: { ZUSD: '1000000', XXBT: '10' },
}
const LIMIT = { pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '0.01', price: '1000.0' } as const
const WS_LIMIT = {
  symbol: 'BTC/USD',
  side: 'buy',
  order_type: 'limit',
  order_qty: '0.01',
  limit_price: '1000.0',
} as const

let sim: Simulator
const wsClients: SpotWsClient[] = []
const figures = { restOrdersLost: 0, wsOrdersLost: 0, resends: 0, duplicates: 0, foundByClOrdId: 0 }

async function caught(promise: Promise<unknown>): Promise<KrakenError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!isKrakenError(error)) throw new Error(`expected a KrakenError, got ${String(error)}`)
  return error
}

/** Orders on the account (simulator view) carrying this cl_ord_id. */
async function ordersWith(clOrdId: string): Promise<number> {
  const { open, closed } = await simOrders(sim, ACCOUNT.key)
  return [...open, ...closed].filter((order) => order.cl_ord_id === clOrdId).length
}

beforeAll(async () => {
  sim = await startSimulator({ seed: 5, accounts: [ACCOUNT] })
})

afterAll(async () => {
  for (const client of wsClients) await client.close()
  await sim.close()
  recordFigures('orders', figures)
})

describe('REST: the order is accepted, the answer is lost', () => {
  it('AddOrder: not re-sent, exactly one order, "outcome unknown", found by cl_ord_id', async () => {
    const client = new SpotClient({ baseUrl: sim.url, key: ACCOUNT.key, secret: ACCOUNT.secret })
    sim.state.faults.dropOrderResponses = 1
    const error = await caught(createOrder(client, { ...LIMIT, cl_ord_id: 'rest-lost-1' }))
    figures.restOrdersLost++
    expect(error.details.sent).toBe('maybe')
    expect(error.retryable).toBe(false)
    expect(error.shortMessage).toMatch(/outcome of POST \/0\/private\/AddOrder is unknown/)
    expect(error.message).toMatch(/cl_ord_id/)
    const sent = await simRequestCount(sim, ACCOUNT.key, 'POST /0/private/AddOrder')
    expect(sent).toBe(1)
    figures.resends += sent - 1
    expect(await ordersWith('rest-lost-1')).toBe(1)
    // Reconcile as the message says.
    const open = await getOpenOrders(client, { cl_ord_id: 'rest-lost-1' })
    const txids = Object.keys(open.open)
    expect(txids).toHaveLength(1)
    const info = await getOrdersInfo(client, { txid: txids[0]! })
    expect(Object.keys(info)).toEqual(txids)
    figures.foundByClOrdId++
  })

  it('AddOrderBatch: not re-sent, both orders exist once', async () => {
    const client = new SpotClient({ baseUrl: sim.url, key: ACCOUNT.key, secret: ACCOUNT.secret })
    const before = await simRequestCount(sim, ACCOUNT.key, 'POST /0/private/AddOrderBatch')
    sim.state.faults.dropOrderResponses = 1
    const error = await caught(
      createOrderBatch(client, {
        pair: 'XBTUSD',
        orders: [
          { type: 'buy', ordertype: 'limit', volume: '0.01', price: '1001.0', cl_ord_id: 'rest-batch-1' },
          { type: 'buy', ordertype: 'limit', volume: '0.01', price: '1002.0', cl_ord_id: 'rest-batch-2' },
        ],
      }),
    )
    figures.restOrdersLost++
    expect(error.details.sent).toBe('maybe')
    expect(error.retryable).toBe(false)
    const sent = (await simRequestCount(sim, ACCOUNT.key, 'POST /0/private/AddOrderBatch')) - before
    expect(sent).toBe(1)
    figures.resends += sent - 1
    expect(await ordersWith('rest-batch-1')).toBe(1)
    expect(await ordersWith('rest-batch-2')).toBe(1)
    expect(Object.keys((await getOpenOrders(client, { cl_ord_id: 'rest-batch-2' })).open)).toHaveLength(1)
    figures.foundByClOrdId += 2
  })
})

describe('WS: add_order executed, the answer never comes', () => {
  const make = async (authQuery: string) => {
    const client = new SpotWsClient({
      key: ACCOUNT.key,
      secret: ACCOUNT.secret,
      noPublic: true,
      authUrl: `${sim.authWsUrl}${authQuery}`,
      restUrl: sim.url,
      initialBackoff: 10,
      maxBackoff: 40,
    })
    wsClients.push(client)
    await client.connect()
    return client
  }
  const wsAdds = () => sim.state.requestLog.count(ACCOUNT.key, 'WS add_order')

  it('timeout: KrakenTimeoutError "outcome unknown" (sent maybe, not retryable), one order, found by cl_ord_id', async () => {
    const client = await make('?dropOrderResponses=1')
    const before = wsAdds()
    const error = await caught(client.addOrder({ ...WS_LIMIT, cl_ord_id: 'ws-lost-1' }, { timeout: 500 }))
    figures.wsOrdersLost++
    expect(error).toBeInstanceOf(KrakenTimeoutError)
    expect(error.shortMessage).toMatch(/outcome is unknown/)
    expect(error.details.sent).toBe('maybe')
    expect(error.retryable).toBe(false)
    // The next order on the same socket is answered: everything before it has been processed.
    const next = await client.addOrder({ ...WS_LIMIT, cl_ord_id: 'ws-after-1' })
    expect(next.cl_ord_id).toBe('ws-after-1')
    expect(wsAdds() - before).toBe(2)
    expect(await ordersWith('ws-lost-1')).toBe(1)
    const rest = new SpotClient({ baseUrl: sim.url, key: ACCOUNT.key, secret: ACCOUNT.secret })
    expect(Object.keys((await getOpenOrders(rest, { cl_ord_id: 'ws-lost-1' })).open)).toHaveLength(1)
    figures.foundByClOrdId++
  })

  it('socket dropped while waiting: KrakenNetworkError (sent maybe), reconnects, never re-sends, one order', async () => {
    const client = await make('?dropOrderResponses=1')
    const reconnected = new Promise((resolve) => client.once('reconnected', resolve))
    const before = wsAdds()
    const pending = caught(client.addOrder({ ...WS_LIMIT, cl_ord_id: 'ws-lost-2' }, { timeout: 10_000 }))
    await waitFor(() => wsAdds() > before, 'the add_order to reach the simulator')
    const hub = sim.state.domains.get('spot-ws') as { sessions: Set<{ socket: { terminate(): void } }> }
    for (const session of hub.sessions) session.socket.terminate()
    const error = await pending
    figures.wsOrdersLost++
    expect(error).toBeInstanceOf(KrakenNetworkError)
    expect(error.details.sent).toBe('maybe')
    expect(error.retryable).toBe(false)
    await reconnected
    // A request after the reconnect is answered on the new socket (the new connection would drop the answer of
    // its first add_order, so the barrier is a dead man's switch disarm); had the lost order been replayed, the
    // simulator would have logged it before this answer.
    await client.cancelAllOrdersAfter({ timeout: 0 })
    const sent = wsAdds() - before
    expect(sent).toBe(1)
    figures.resends += sent - 1
    expect(await ordersWith('ws-lost-2')).toBe(1)
    const rest = new SpotClient({ baseUrl: sim.url, key: ACCOUNT.key, secret: ACCOUNT.secret })
    expect(Object.keys((await getOpenOrders(rest, { cl_ord_id: 'ws-lost-2' })).open)).toHaveLength(1)
    figures.foundByClOrdId++
  })

  it('the account holds each lost order exactly once (no duplicates anywhere)', async () => {
    const { open, closed } = await simOrders(sim, ACCOUNT.key)
    const counts = new Map<string, number>()
    for (const order of [...open, ...closed]) {
      if (order.cl_ord_id) counts.set(order.cl_ord_id, (counts.get(order.cl_ord_id) ?? 0) + 1)
    }
    const duplicates = [...counts.values()].filter((count) => count > 1).length
    figures.duplicates = duplicates
    expect(duplicates).toBe(0)
    expect([...counts.keys()].sort()).toEqual(
      ['rest-batch-1', 'rest-batch-2', 'rest-lost-1', 'ws-after-1', 'ws-lost-1', 'ws-lost-2'].sort(),
    )
  })
})
