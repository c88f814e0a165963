import { createSimAccount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { SpotWsClient } from './SpotWsClient.js'
import type { MethodResponse, SpotWsMessage } from './types/SpotWsMessage.js'

const sim = inject('krakenSim')

describe('every channel against kraken-sim', () => {
  let client: SpotWsClient
  const messages: Array<{ message: SpotWsMessage; raw: string }> = []
  beforeAll(async () => {
    const account = await createSimAccount(sim, { balances: { ZUSD: '100000', XXBT: '2' } })
    client = new SpotWsClient({
      key: account.key,
      secret: account.secret,
      url: sim.wsUrl,
      authUrl: sim.authWsUrl,
      restUrl: sim.url,
      callback: (message, raw) => {
        messages.push({ message, raw })
      },
    })
    await client.connect()
  })
  afterAll(() => client.close())

  const next = async <T>(predicate: (message: Record<string, unknown>) => boolean): Promise<T> => {
    for (let waited = 0; waited < 200; waited++) {
      const found = messages.find(({ message }) => predicate(message as Record<string, unknown>))
      if (found) return found.message as T
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    throw new Error('no such message')
  }

  test('public channels: ticker, book, ohlc (ohlcv alias), trade, instrument', async () => {
    const acks = await client.subscribe({ channel: 'ticker', symbol: ['BTC/USD', 'ETH/USD'] })
    expect(acks.map((ack: MethodResponse) => (ack.result as { symbol: string }).symbol)).toEqual(['BTC/USD', 'ETH/USD'])
    await client.subscribe({ channel: 'book', symbol: ['BTC/USD'], depth: 25 })
    await client.subscribe({ channel: 'ohlcv', symbol: ['BTC/USD'], interval: 5 })
    await client.subscribe({ channel: 'trade', symbol: ['BTC/USD'] })
    await client.subscribe({ channel: 'instrument' })
    const ticker = await next<{ data: Array<{ bid: string }> }>((m) => m.channel === 'ticker')
    expect(typeof ticker.data[0]!.bid).toBe('string')
    const book = await next<{ data: Array<{ bids: Array<{ qty: string }>; checksum: number }> }>(
      (m) => m.channel === 'book' && m.type === 'snapshot',
    )
    expect(book.data[0]!.bids).toHaveLength(25)
    expect(book.data[0]!.bids[0]!.qty).toMatch(/^\d+\.\d{8}$/)
    const ohlc = await next<{ data: Array<{ interval: number }> }>((m) => m.channel === 'ohlc')
    expect(ohlc.data[0]!.interval).toBe(5)
    await next((m) => m.channel === 'trade')
    const instrument = await next<{ data: { pairs: Array<{ symbol: string; price_precision: number }> } }>(
      (m) => m.channel === 'instrument',
    )
    expect(instrument.data.pairs.find((pair) => pair.symbol === 'BTC/USD')?.price_precision).toBe(1)
    expect(client.activePublicSubscriptions.map((sub) => sub.channel).sort()).toEqual([
      'book',
      'instrument',
      'ohlc',
      'ticker',
      'ticker',
      'trade',
    ])
  })

  test('private channels and trading round trip', async () => {
    await client.subscribe({ channel: 'executions' })
    await client.subscribe({ channel: 'balances' })
    await client.subscribe({ channel: 'level3', symbol: ['BTC/USD'] })
    await next((m) => m.channel === 'balances')
    await next((m) => m.channel === 'level3')
    const added = await client.addOrder({
      symbol: 'BTC/USD',
      side: 'buy',
      order_type: 'limit',
      order_qty: '0.01',
      limit_price: '1000.0',
      cl_ord_id: 'my-1',
    })
    expect(added.order_id).toMatch(/^O/)
    const amended = await client.amendOrder({ order_id: added.order_id, limit_price: '1001.0' })
    expect(amended.amend_id).toBeTruthy()
    const edited = await client.editOrder({ order_id: added.order_id, symbol: 'BTC/USD', order_qty: '0.02' })
    expect(edited.original_order_id).toBe(added.order_id)
    const cancelled = await client.cancelOrder({ order_id: [edited.order_id] })
    expect(cancelled[0]!.order_id).toBe(edited.order_id)
    const batch = await client.batchAdd({
      symbol: 'BTC/USD',
      orders: [
        { side: 'buy', order_type: 'limit', order_qty: '0.01', limit_price: '1000.0' },
        { side: 'buy', order_type: 'limit', order_qty: '0.01', limit_price: '1001.0' },
      ],
    })
    expect(batch).toHaveLength(2)
    const batchCancelled = await client.batchCancel({ orders: batch.map((order) => order.order_id) })
    expect(batchCancelled.count).toBe(2)
    const after = await client.cancelAllOrdersAfter({ timeout: 60 })
    expect(after.trigger_time).toBe(after.triggerTime)
    const all = await client.cancelAll()
    expect(all.count).toBe(0)
    await next((m) => m.channel === 'executions' && m.type === 'update')
  })
})
