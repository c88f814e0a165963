import { expect, test } from 'vitest'
import { _SubscriptionStore } from './_SubscriptionStore.js'

const ack = (result: Record<string, unknown>, method = 'subscribe') => ({ method, success: true, result })

test('acks are stored python-style and replayed with equal params batched, at most batchSize symbols each', () => {
  const store = new _SubscriptionStore()
  const symbols = ['A/USD', 'B/USD', 'C/USD', 'D/USD', 'E/USD']
  for (const symbol of symbols)
    store.onAck(ack({ channel: 'book', depth: 10, snapshot: true, symbol, warnings: ['x'] }), {
      channel: 'book',
      depth: 10,
      symbol: symbols,
      token: 'secret-token',
    })
  store.onAck(ack({ channel: 'book', depth: 25, snapshot: true, symbol: 'Z/USD' }), {
    channel: 'book',
    depth: 25,
    symbol: ['Z/USD'],
  })
  store.onAck(ack({ channel: 'executions', maxratecount: 180, snapshot: true }), undefined)
  expect(store.list()).toContainEqual({ channel: 'book', depth: 10, snapshot: true, symbol: ['A/USD'] })
  expect(store.list()).toContainEqual({ channel: 'executions', snapshot: true })
  const replay = store.replayParams(2)
  expect(replay).toEqual([
    { channel: 'book', depth: 10, symbol: ['A/USD', 'B/USD'] },
    { channel: 'book', depth: 10, symbol: ['C/USD', 'D/USD'] },
    { channel: 'book', depth: 10, symbol: ['E/USD'] },
    { channel: 'book', depth: 25, symbol: ['Z/USD'] },
    { channel: 'executions', snapshot: true },
  ])
  expect(JSON.stringify(replay)).not.toContain('secret-token')
  store.onAck(ack({ channel: 'book', depth: 10, symbol: 'A/USD' }, 'unsubscribe'), undefined)
  expect(store.size).toBe(6)
})
