import CRC32 from 'crc-32'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Simulator, startSimulator } from '../startSimulator.js'
import { _bookChecksum } from './internal/_bookChecksum.js'
import { _wsTestClient, type WsTestClient } from './internal/_wsTestClient.js'

// An independent reference (kraken-facts §1.4), written from the rules, not from the simulator's code: keep the
// numbers' text from the frame, apply all levels, delete qty 0, truncate to the depth, CRC32 the top 10.
type Side = Map<string, string>
const levels = (text: string, side: 'bids' | 'asks') => {
  const block = new RegExp(`"${side}":\\[(.*?)\\]`).exec(text)![1]!
  return [...block.matchAll(/"price":([\d.]+),"qty":([\d.]+)/g)].map((match) => [match[1]!, match[2]!] as const)
}
const sorted = (side: Side, descending: boolean) =>
  [...side.entries()].sort(([a], [b]) => (descending ? Number(b) - Number(a) : Number(a) - Number(b)))
const strip = (text: string) => text.replace('.', '').replace(/^0+/, '')
function referenceChecksum(bids: Side, asks: Side): number {
  let text = ''
  for (const [price, qty] of sorted(asks, false).slice(0, 10)) text += strip(price) + strip(qty)
  for (const [price, qty] of sorted(bids, true).slice(0, 10)) text += strip(price) + strip(qty)
  return CRC32.str(text) >>> 0
}

type Book = { bids: Side; asks: Side; depth: number; truncated: number }

function apply(book: Book, text: string): number {
  for (const [side, descending] of [
    ['bids', true],
    ['asks', false],
  ] as const) {
    for (const [price, qty] of levels(text, side)) {
      if (Number(qty) === 0) book[side].delete(price)
      else book[side].set(price, qty)
    }
    const kept = sorted(book[side], descending)
    for (const [price] of kept.slice(book.depth)) {
      book[side].delete(price)
      book.truncated++
    }
  }
  return Number(/"checksum":(\d+)/.exec(text)![1])
}

async function verifyStream(client: WsTestClient, from: number, depth: number, minimum: number) {
  const books = new Map<string, Book>()
  let checked = 0
  let truncated = 0
  let index = from
  for (let round = 0; round < 4000 && checked < minimum; round++) {
    await new Promise((resolve) => setTimeout(resolve, 5))
    for (; index < client.frames.length; index++) {
      const text = client.frames[index]!
      if (!text.startsWith('{"channel":"book"')) continue
      const symbol = /"symbol":"([^"]+)"/.exec(text)![1]!
      if (text.includes('"type":"snapshot"'))
        books.set(symbol, { bids: new Map(), asks: new Map(), depth, truncated: 0 })
      const book = books.get(symbol)!
      const checksum = apply(book, text)
      expect(referenceChecksum(book.bids, book.asks), `frame ${index}: ${text.slice(0, 120)}`).toBe(checksum)
      checked++
    }
  }
  for (const book of books.values()) truncated += book.truncated
  return { checked, truncated }
}

describe('book checksums against an independent reference', () => {
  let sim: Simulator
  const clients: WsTestClient[] = []
  beforeAll(async () => {
    sim = await startSimulator({ seed: 7, tickMs: 2 })
  })
  afterAll(async () => {
    for (const client of clients) await client.close()
    await sim.close()
  })
  const connect = async () => {
    const client = await _wsTestClient(sim.wsUrl)
    clients.push(client)
    return client
  }

  test("Kraken's official worked example gives 3310070434; float-parsed text does not", () => {
    const asks =
      '45285.2 0.00100000 45286.4 1.54571953 45286.6 1.54571109 45289.6 1.54560911 45290.2 0.15890660 45291.8 1.54553491 45294.7 0.04454749 45296.1 0.35380000 45297.5 0.09945542 45299.5 0.18772827'
    const bids =
      '45283.5 0.10000000 45283.4 1.54582015 45282.1 0.10000000 45281.0 0.10000000 45280.3 1.54592586 45279.0 0.07990000 45277.6 0.03310103 45277.5 0.30000000 45277.3 1.54602737 45276.6 0.15445238'
    const pairs = (text: string) => {
      const words = text.split(' ')
      return Array.from({ length: words.length / 2 }, (_, index) => ({
        price: words[index * 2]!,
        qty: words[index * 2 + 1]!,
      }))
    }
    expect(_bookChecksum(pairs(bids), pairs(asks))).toBe(3310070434)
    const floats = (text: string) =>
      pairs(text).map(({ price, qty }) => ({ price: String(Number(price)), qty: String(Number(qty)) }))
    expect(_bookChecksum(floats(bids), floats(asks))).not.toBe(3310070434)
  })

  test('thousands of snapshots and updates at depths 10 and 25, including levels truncated out of scope', async () => {
    const shallow = await connect()
    const deep = await connect()
    shallow.send({
      method: 'subscribe',
      params: { channel: 'book', symbol: ['BTC/USD', 'ETH/USD', 'XRP/USD', 'DOGE/USD'], depth: 10 },
    })
    deep.send({ method: 'subscribe', params: { channel: 'book', symbol: ['BTC/USD', 'ETH/USD'], depth: 25 } })
    const [ten, twentyFive] = await Promise.all([verifyStream(shallow, 0, 10, 3000), verifyStream(deep, 0, 25, 1500)])
    expect(ten.checked).toBeGreaterThanOrEqual(3000)
    expect(twentyFive.checked).toBeGreaterThanOrEqual(1500)
    // Levels pushed below the subscribed depth vanished without a delete and the reference still agreed.
    expect(ten.truncated + twentyFive.truncated).toBeGreaterThan(0)
  })

  test('Unified WebSocket derivatives books (PF_XBTUSD, PI_ETHUSD) carry correct checksums too', async () => {
    const client = await _wsTestClient(sim.unifiedWsUrl)
    clients.push(client)
    client.send({
      method: 'subscribe',
      params: { channel: 'book', symbol: ['PF_XBTUSD', 'PI_ETHUSD'], depth: 10, asset_class: 'derivatives' },
    })
    const { checked } = await verifyStream(client, 0, 10, 200)
    expect(checked).toBeGreaterThanOrEqual(200)
  })

  test('firehose frames carry correct checksums too', async () => {
    const client = await connect()
    client.send({ method: 'sim_firehose', params: { symbol: 'AAPLx/USD', count: 3000, depth: 10 }, req_id: 99 })
    await client.waitFor((message) => message.method === 'sim_firehose')
    const { checked } = await verifyStream(client, 0, 10, 3001)
    expect(checked).toBe(3001)
  })
})
