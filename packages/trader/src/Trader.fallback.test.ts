import { createServer } from 'node:net'
import { DEMO_ACCOUNT } from '@k/testkit'
import { simOrders, simRequestCount } from '@k/testkit/vitest'
import { describe, expect, it } from 'vitest'
import { _startTraderSim } from './internal/_startTraderSim.js'
import { isOutcomeUnknown } from './isOutcomeUnknown.js'

/** A 127.0.0.1 port nobody listens on (a WS connect to it is refused at once). */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('Trader with the WebSocket path down', () => {
  it('keeps working over REST when the WS cannot connect, and says so in the event', async () => {
    const port = await closedPort()
    const { sim, trader, events } = await _startTraderSim({
      wsUrl: `ws://127.0.0.1:${port}/v2`,
      authWsUrl: `ws://127.0.0.1:${port}/auth/v2`,
    })
    const errors: unknown[] = []
    trader.on('error', (error) => errors.push(error))
    try {
      expect(await trader.connect()).toEqual({ ws: false })
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatchObject({ name: expect.stringMatching(/^Kraken/) })
      expect(Object.keys(await trader.getTicker('BTC/USD'))).toEqual(['XXBTZUSD'])
      const result = await trader.placeOrder('BTC/USD', 'buy', '0.001', 'limit', { price: '40000.0' })
      expect(result.txid).toHaveLength(1)
      expect(events).toEqual([
        { path: 'rest', method: 'placeOrder', pair: 'BTC/USD', reason: 'ws-down', outcome: 'ok' },
      ])
      expect(await simRequestCount(sim, DEMO_ACCOUNT.key, 'POST /0/private/AddOrder')).toBe(1)
    } finally {
      await trader.close()
      await sim.close()
    }
  })
})

describe('Trader when the WebSocket drops mid-run', () => {
  it('switches to REST while reconnecting and back to WS after; every order is sent once', async () => {
    // kraken-sim closes the private socket after every 3rd message it sends on it (status + 2 answers).
    const { sim, trader: t } = await _startTraderSim((s) => ({ authWsUrl: `${s.authWsUrl}?dropEveryN=3` }))
    const seen: Array<{ path: string; reason?: string | undefined; outcome: string }> = []
    const wsStates: boolean[] = []
    t.on('order', (event) => seen.push(event))
    t.on('ws', (up) => wsStates.push(up))
    const ok: string[] = []
    const sentIds: string[] = []
    try {
      expect(await t.connect()).toEqual({ ws: true })
      for (let index = 0; index < 80; index++) {
        const clOrdId = `drop-${index}`
        sentIds.push(clOrdId)
        try {
          const result = await t.placeOrder('XBTUSD', 'buy', '0.001', 'limit', { price: '30000.0', cl_ord_id: clOrdId })
          ok.push(result.txid![0]!)
        } catch (error) {
          // A send racing the close can lose its answer: it must surface as outcome-unknown, never be re-sent.
          expect(isOutcomeUnknown(error)).toBe(true)
        }
        const paths = seen.map((event) => event.path).join(',')
        if (/ws.*rest.*ws/.test(paths)) break
        await sleep(10)
      }
      const paths = seen.map((event) => event.path)
      expect(paths.join(',')).toMatch(/ws.*rest.*ws/)
      expect(wsStates.slice(0, 3)).toEqual([true, false, true])
      const restEvents = seen.filter((event) => event.path === 'rest')
      expect(restEvents.every((event) => event.reason === 'ws-down' || event.reason === 'ws-not-open')).toBe(true)
      // Exactly the REST-path orders reached REST AddOrder.
      expect(await simRequestCount(sim, DEMO_ACCOUNT.key, 'POST /0/private/AddOrder')).toBe(restEvents.length)
      // No duplicates: every cl_ord_id at most once at Kraken, and every successful txid is there.
      const { open, closed } = await simOrders(sim, DEMO_ACCOUNT.key)
      const all = [...open, ...closed]
      const clIds = all.map((order) => order.cl_ord_id).filter((id) => id?.startsWith('drop-'))
      expect(new Set(clIds).size).toBe(clIds.length)
      for (const txid of ok) expect(all.map((order) => order.txid)).toContain(txid)
    } finally {
      await t.close()
      await sim.close()
    }
  })
})

describe('Duplicate safety', () => {
  it('an order whose WS answer is lost is NOT re-sent over REST: outcome unknown', async () => {
    // kraken-sim executes the next add_order on this connection, then never answers it.
    const { sim, trader: t } = await _startTraderSim((s) => ({ authWsUrl: `${s.authWsUrl}?dropOrderResponses=1` }))
    const seen: unknown[] = []
    t.on('order', (event) => seen.push(event))
    try {
      expect(await t.connect()).toEqual({ ws: true })
      const error = await t
        .placeOrder(
          'XBTUSD',
          'buy',
          '0.001',
          'limit',
          { price: '30000.0', cl_ord_id: 'lost-answer-1' },
          { timeout: 500 },
        )
        .catch((caught: unknown) => caught)
      expect(isOutcomeUnknown(error)).toBe(true)
      expect(error).toMatchObject({
        name: expect.stringMatching(/^Kraken(Timeout|Network)Error$/),
        details: { sent: 'maybe' },
      })
      expect(seen).toEqual([expect.objectContaining({ path: 'ws', method: 'placeOrder', outcome: 'unknown', error })])
      expect(await simRequestCount(sim, DEMO_ACCOUNT.key, 'POST /0/private/AddOrder')).toBe(0)
      // The order exists exactly once; reconcile by cl_ord_id.
      const { open } = await simOrders(sim, DEMO_ACCOUNT.key)
      expect(open.filter((order) => order.cl_ord_id === 'lost-answer-1')).toHaveLength(1)
    } finally {
      await t.close()
      await sim.close()
    }
  })

  it('an order whose REST answer is lost is not retried either', async () => {
    const { sim, trader, events } = await _startTraderSim({ ws: false }, { faults: { dropOrderResponses: 1 } })
    try {
      const error = await trader
        .placeOrder('XBTUSD', 'buy', '0.001', 'limit', { price: '30000.0', cl_ord_id: 'lost-rest-1' })
        .catch((caught: unknown) => caught)
      expect(isOutcomeUnknown(error)).toBe(true)
      expect(events).toEqual([expect.objectContaining({ path: 'rest', outcome: 'unknown' })])
      expect(await simRequestCount(sim, DEMO_ACCOUNT.key, 'POST /0/private/AddOrder')).toBe(1)
      const { open } = await simOrders(sim, DEMO_ACCOUNT.key)
      expect(open.filter((order) => order.cl_ord_id === 'lost-rest-1')).toHaveLength(1)
    } finally {
      await trader.close()
      await sim.close()
    }
  })
})

describe('Live market data when the public WebSocket drops', () => {
  it('never serves a dropped cache: REST answers while reconnecting, then fresh WS data after the replay', async () => {
    // kraken-sim cuts the public socket (no close frame) after every 6th message; the live cache is cleared on close.
    const { sim, trader } = await _startTraderSim((s) => ({ wsUrl: `${s.wsUrl}?dropEveryN=6`, cacheWait: 10_000 }))
    const timers: Array<ReturnType<typeof setTimeout>> = []
    // Settles with the result of `call`, started synchronously inside the first matching event (bounded wait).
    const onFirst = <T>(
      event: 'close' | 'reconnected',
      matches: (connection: string) => boolean,
      call: () => Promise<T>,
    ) =>
      new Promise<T>((resolve, reject) => {
        const ws = trader.wsClient!
        const listener = (first: string | { connection: string }) => {
          if (!matches(typeof first === 'string' ? first : first.connection)) return
          ws.off(event, listener)
          call().then(resolve, reject)
        }
        ws.on(event, listener)
        timers.push(setTimeout(() => reject(new Error(`no public ${event} within 10 s`)), 10_000))
      })
    try {
      await trader.connect()
      let fresh = false
      trader.wsClient!.on('close', (connection) => {
        if (connection === 'public') fresh = false
      })
      trader.wsClient!.on('message', (message, _raw, connection) => {
        if (connection === 'public' && (message as { channel?: string }).channel === 'ticker') fresh = true
      })
      // Started inside `close`: the reconnect waits at least initialBackoff / 2 on a timer, so this call provably
      // runs while the public socket is down and must not be answered from the dropped cache.
      const whileDown = onFirst(
        'close',
        (c) => c === 'public',
        () => trader.getTicker('BTC/USD'),
      )
      // Started inside `reconnected` (socket open, replay started, cache emptied by the drop): it must wait for fresh data.
      const afterReconnect = onFirst(
        'reconnected',
        (c) => c === 'public',
        () => trader.getTicker('BTC/USD').then((ticker) => ({ ticker, fresh })),
      )
      const first = await trader.getTicker('BTC/USD')
      expect(Number(first.XXBTZUSD?.c[0])).toBeGreaterThan(0)
      const down = await whileDown
      expect(Number(down.XXBTZUSD?.c[0])).toBeGreaterThan(0)
      const after = await afterReconnect
      expect(Number(after.ticker.XXBTZUSD?.c[0])).toBeGreaterThan(0)
      // Served from a ticker message of the new connection, not from anything cached before the drop.
      expect(after.fresh).toBe(true)
      // Exactly two REST Ticker calls: the one overlay seed (first call) and the call made while down.
      expect(await simRequestCount(sim, undefined, 'GET /0/public/Ticker')).toBe(2)
    } finally {
      for (const timer of timers) clearTimeout(timer)
      await trader.close()
      await sim.close()
    }
  })
})
