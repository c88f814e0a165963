import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_ACCOUNT } from '../demoAccount.js'
import { issueWsToken } from '../spot-rest/wsTokens.js'
import { type Simulator, startSimulator } from '../startSimulator.js'
import { _wsTestClient, type WsTestClient } from './internal/_wsTestClient.js'

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/

describe('Spot WS v2 endpoints: shapes', () => {
  let sim: Simulator
  let pub: WsTestClient
  let auth: WsTestClient
  let token: string
  beforeAll(async () => {
    sim = await startSimulator({ seed: 3, tickMs: 10 })
    pub = await _wsTestClient(sim.wsUrl)
    auth = await _wsTestClient(sim.authWsUrl)
    token = issueWsToken(sim.state, DEMO_ACCOUNT.key).token
  })
  afterAll(async () => {
    await pub.close()
    await auth.close()
    await sim.close()
  })

  test('status on connect, ping → pong with req_id and times', async () => {
    const status = await pub.waitFor((message) => message.channel === 'status')
    expect(status).toMatchObject({ type: 'update', data: [{ api_version: 'v2', system: 'online' }] })
    pub.send({ method: 'ping', req_id: 42 })
    const pong = await pub.waitFor((message) => message.method === 'pong')
    expect(pong).toMatchObject({ req_id: 42 })
    expect(pong.time_in).toMatch(RFC3339)
    expect(pong.time_out).toMatch(RFC3339)
  })

  test('every public channel: ack with req_id, snapshot, updates; numbers keep their precision', async () => {
    const from = pub.frames.length
    pub.send({
      method: 'subscribe',
      params: { channel: 'ticker', symbol: ['BTC/USD'], event_trigger: 'bbo' },
      req_id: 1,
    })
    pub.send({ method: 'subscribe', params: { channel: 'book', symbol: ['ETH/USD'], depth: 100 }, req_id: 2 })
    pub.send({ method: 'subscribe', params: { channel: 'ohlc', symbol: ['BTC/USD'], interval: 15 }, req_id: 3 })
    pub.send({ method: 'subscribe', params: { channel: 'trade', symbol: ['BTC/USD'] }, req_id: 4 })
    pub.send({ method: 'subscribe', params: { channel: 'instrument' }, req_id: 5 })
    for (const reqId of [1, 2, 3, 4, 5]) {
      const ack = await pub.waitFor((message) => message.method === 'subscribe' && message.req_id === reqId, from)
      expect(ack).toMatchObject({ success: true, result: { snapshot: true } })
      expect(ack.time_in).toMatch(RFC3339)
    }
    const ticker = await pub.waitFor((message) => message.channel === 'ticker', from)
    expect(Object.keys((ticker.data as object[])[0]!)).toEqual(
      expect.arrayContaining([
        'symbol',
        'bid',
        'bid_qty',
        'ask',
        'ask_qty',
        'last',
        'volume',
        'vwap',
        'low',
        'high',
        'change',
        'change_pct',
      ]),
    )
    const bookText = pub.frames.slice(from).find((text) => text.startsWith('{"channel":"book","type":"snapshot"'))!
    // ETH/USD: 2 price decimals, 8 qty decimals, written as numbers with trailing zeros kept.
    expect(bookText).toMatch(/"price":\d+\.\d{2},"qty":\d+\.\d{8}[,}]/)
    expect((JSON.parse(bookText).data[0].bids as unknown[]).length).toBe(100)
    await pub.waitFor((message) => message.channel === 'book' && message.type === 'update', from)
    const ohlc = await pub.waitFor((message) => message.channel === 'ohlc', from)
    expect((ohlc.data as Array<{ interval: number; interval_begin: string }>)[0]).toMatchObject({ interval: 15 })
    const trade = await pub.waitFor((message) => message.channel === 'trade', from)
    expect(Array.isArray(trade.data)).toBe(true)
    const instrument = await pub.waitFor((message) => message.channel === 'instrument', from)
    const pairs = (instrument.data as { pairs: Array<Record<string, unknown>> }).pairs
    expect(pairs.find((pair) => pair.symbol === 'DOGE/USD')).toMatchObject({ price_precision: 7, qty_precision: 8 })
    await pub.waitFor((message) => message.channel === 'heartbeat', from)
    pub.send({ method: 'unsubscribe', params: { channel: 'book', symbol: ['ETH/USD'], depth: 100 }, req_id: 6 })
    const unsubscribed = await pub.waitFor((message) => message.method === 'unsubscribe', from)
    expect(unsubscribed).toMatchObject({
      req_id: 6,
      success: true,
      result: { channel: 'book', symbol: 'ETH/USD', depth: 100 },
    })
  })

  test("Kraken's error answers: unknown pair, bad depth, duplicate, unknown method, malformed JSON", async () => {
    const from = pub.frames.length
    pub.send({ method: 'subscribe', params: { channel: 'ticker', symbol: ['FOO/BAR'] }, req_id: 10 })
    pub.send({ method: 'subscribe', params: { channel: 'book', symbol: ['BTC/USD'], depth: 7 }, req_id: 11 })
    pub.send({ method: 'subscribe', params: { channel: 'ticker', symbol: ['BTC/USD'] }, req_id: 12 })
    pub.send({ method: 'launch_rocket', req_id: 13 })
    pub.send('{"method":')
    pub.send({ method: 'unsubscribe', params: { channel: 'trade', symbol: ['ETH/USD'] }, req_id: 14 })
    pub.send({ method: 'subscribe', params: { channel: 'executions', token }, req_id: 15 })
    const error = (reqId: number) =>
      pub.waitFor((message) => message.req_id === reqId && message.success === false, from)
    expect(await error(10)).toMatchObject({
      error: 'Currency pair not supported FOO/BAR',
      symbol: 'FOO/BAR',
      method: 'subscribe',
    })
    expect(await error(11)).toMatchObject({ error: 'Invalid depth' })
    expect(await error(12)).toMatchObject({ error: 'Already subscribed' })
    expect(await error(13)).toMatchObject({ error: 'Method not found', method: 'launch_rocket' })
    expect(await pub.waitFor((message) => message.error === 'Malformed request', from)).toMatchObject({
      success: false,
    })
    expect(await error(14)).toMatchObject({ error: 'Subscription Not Found' })
    expect(await error(15)).toMatchObject({ error: 'EGeneral:Permission denied' })
  })

  test('private channels need a valid token; executions, balances and level3 snapshots', async () => {
    const from = auth.frames.length
    auth.send({ method: 'subscribe', params: { channel: 'executions', token: 'nope' }, req_id: 20 })
    expect(await auth.waitFor((message) => message.req_id === 20, from)).toMatchObject({
      success: false,
      error: 'EAPI:Invalid token',
    })
    auth.send({ method: 'subscribe', params: { channel: 'executions', token }, req_id: 21 })
    auth.send({ method: 'subscribe', params: { channel: 'balances', token }, req_id: 22 })
    auth.send({ method: 'subscribe', params: { channel: 'level3', symbol: ['BTC/USD'], token }, req_id: 23 })
    expect(await auth.waitFor((message) => message.req_id === 21, from)).toMatchObject({
      success: true,
      result: { channel: 'executions', maxratecount: 180 },
    })
    const balances = await auth.waitFor((message) => message.channel === 'balances', from)
    expect((balances.data as Array<{ asset: string }>).map((entry) => entry.asset)).toContain('USD')
    const level3 = await auth.waitFor((message) => message.channel === 'level3', from)
    expect(
      (level3.data as Array<{ bids: Array<{ order_id: string }>; checksum: number }>)[0]!.bids[0]!.order_id,
    ).toMatch(/^O/)
    await auth.waitFor((message) => message.channel === 'executions' && message.type === 'snapshot', from)
  })

  test('trading methods act on the shared engine and answer with method, req_id, result, success, times', async () => {
    const from = auth.frames.length
    const order = { symbol: 'BTC/USD', side: 'buy', order_type: 'limit', order_qty: 0.01, limit_price: 1000.0, token }
    auth.send({ method: 'add_order', params: { ...order, cl_ord_id: 'sim-1' }, req_id: 30 })
    const added = await auth.waitFor((message) => message.req_id === 30, from)
    expect(added).toMatchObject({ method: 'add_order', success: true, result: { cl_ord_id: 'sim-1' } })
    expect(added.time_out).toMatch(RFC3339)
    const orderId = (added.result as { order_id: string }).order_id
    auth.send({ method: 'amend_order', params: { order_id: orderId, order_qty: 0.02, token }, req_id: 31 })
    expect(await auth.waitFor((message) => message.req_id === 31, from)).toMatchObject({
      success: true,
      result: { order_id: orderId },
    })
    auth.send({
      method: 'edit_order',
      params: { order_id: orderId, symbol: 'BTC/USD', limit_price: 1001, token },
      req_id: 32,
    })
    const edited = await auth.waitFor((message) => message.req_id === 32, from)
    expect(edited).toMatchObject({ success: true, result: { original_order_id: orderId } })
    const editedId = (edited.result as { order_id: string }).order_id
    auth.send({ method: 'cancel_order', params: { order_id: [editedId, 'OUNKNO-WN000-000000'], token }, req_id: 33 })
    expect(await auth.waitFor((message) => message.req_id === 33 && message.success === true, from)).toMatchObject({
      result: { order_id: editedId },
    })
    expect(await auth.waitFor((message) => message.req_id === 33 && message.success === false, from)).toMatchObject({
      error: 'EOrder:Unknown order',
    })
    auth.send({
      method: 'batch_add',
      params: {
        symbol: 'BTC/USD',
        orders: [
          { ...order, symbol: undefined, token: undefined },
          { ...order, symbol: undefined, token: undefined },
        ],
        token,
      },
      req_id: 34,
    })
    const batch = await auth.waitFor((message) => message.req_id === 34, from)
    const ids = (batch.result as Array<{ order_id: string }>).map((entry) => entry.order_id)
    expect(ids).toHaveLength(2)
    auth.send({ method: 'batch_cancel', params: { orders: ids, token }, req_id: 35 })
    expect(await auth.waitFor((message) => message.req_id === 35, from)).toMatchObject({
      success: true,
      result: { count: 2 },
    })
    auth.send({ method: 'cancel_all_orders_after', params: { timeout: 30, token }, req_id: 36 })
    const after = await auth.waitFor((message) => message.req_id === 36, from)
    expect(Object.keys(after.result as object).sort()).toEqual(['currentTime', 'triggerTime'])
    auth.send({ method: 'cancel_all', params: { token }, req_id: 37 })
    expect(await auth.waitFor((message) => message.req_id === 37, from)).toMatchObject({
      success: true,
      result: { count: 0 },
    })
    auth.send({ method: 'add_order', params: { ...order, symbol: 'NOPE/USD' }, req_id: 38 })
    expect(await auth.waitFor((message) => message.req_id === 38, from)).toMatchObject({
      success: false,
      method: 'add_order',
    })
    auth.send({ method: 'add_order', params: { ...order, token: 'expired' }, req_id: 39 })
    expect(await auth.waitFor((message) => message.req_id === 39, from)).toMatchObject({
      success: false,
      error: 'EAPI:Invalid token',
    })
    const update = await auth.waitFor((message) => message.channel === 'executions' && message.type === 'update', from)
    expect((update.data as Array<{ exec_type: string }>)[0]!.exec_type).toBeTruthy()
  })

  test('Unified WebSocket: same v2 messages, asset_class required, spot token on the private endpoint', async () => {
    const unified = await _wsTestClient(sim.unifiedWsUrl)
    const unifiedPrivate = await _wsTestClient(sim.unifiedPrivateWsUrl)
    unified.send({ method: 'subscribe', params: { channel: 'ticker', symbol: ['BTC/USD'] }, req_id: 1 })
    expect(await unified.waitFor((message) => message.req_id === 1)).toMatchObject({
      success: false,
      error: 'EGeneral:Invalid arguments:asset_class',
    })
    unified.send({
      method: 'subscribe',
      params: { channel: 'ticker', symbol: ['BTC/USD'], asset_class: 'spot' },
      req_id: 2,
    })
    expect(await unified.waitFor((message) => message.req_id === 2)).toMatchObject({
      success: true,
      result: { asset_class: 'spot' },
    })
    unified.send({
      method: 'subscribe',
      params: { channel: 'ticker', symbol: ['PF_XBTUSD'], asset_class: 'derivatives' },
      req_id: 4,
    })
    expect(await unified.waitFor((message) => message.req_id === 4)).toMatchObject({
      success: true,
      result: { asset_class: 'derivatives', symbol: 'PF_XBTUSD' },
    })
    const ticker = await unified.waitFor(
      (message) =>
        message.channel === 'ticker' && (message.data as Array<{ symbol: string }>)[0]!.symbol === 'PF_XBTUSD',
    )
    expect(Object.keys((ticker.data as object[])[0]!)).toEqual(expect.arrayContaining(['bid', 'ask', 'last', 'volume']))
    unified.send({
      method: 'subscribe',
      params: { channel: 'ticker', symbol: ['BTC/USD'], asset_class: 'derivatives' },
      req_id: 5,
    })
    expect(await unified.waitFor((message) => message.req_id === 5)).toMatchObject({
      success: false,
      error: 'Currency pair not supported BTC/USD',
    })
    unifiedPrivate.send({
      method: 'add_order',
      params: {
        symbol: 'BTC/USD',
        side: 'buy',
        order_type: 'limit',
        order_qty: 0.01,
        limit_price: 1000,
        token,
        asset_class: 'spot',
      },
      req_id: 3,
    })
    expect(await unifiedPrivate.waitFor((message) => message.req_id === 3)).toMatchObject({
      success: true,
      method: 'add_order',
    })
    await unified.close()
    await unifiedPrivate.close()
  })
})
