import { readFileSync } from 'node:fs'
import { parseBookFrame as realParseBookFrame } from '@k/orderbook'
import { describe, expect, it } from 'vitest'
import { parseBookFrame } from './parseBookFrame.js'

type Level = { price: number; qty: number }
type Fixture = { init: { data: Array<{ bids: Level[]; asks: Level[]; checksum: number }> }; updates: Fixture['init'][] }

// Kraken's BTC/USD stream (510 frames, from @k/orderbook's fixtures), written back as Kraken sends it: compact JSON
// with quantities carrying their trailing zeros (`0.10000000`), the text the checksum is computed from.
const fixture = JSON.parse(
  readFileSync(
    new URL('../../../../packages/orderbook/src/__fixtures__/book.btc-usd.510.json', import.meta.url),
    'utf8',
  ),
) as Fixture
const levels = (list: Level[]) => list.map((l) => `{"price":${l.price.toFixed(1)},"qty":${l.qty.toFixed(8)}}`).join(',')
const frame = (type: string, data: Fixture['init']['data'][number], timestamp = '2023-10-06T17:35:55.440295Z') =>
  `{"channel":"book","type":"${type}","data":[{"symbol":"BTC/USD","bids":[${levels(data.bids)}],"asks":[${levels(data.asks)}],"checksum":${data.checksum},"timestamp":"${timestamp}"}]}`
const streamFrames = [
  frame('snapshot', fixture.init.data[0]!),
  ...fixture.updates.map((update) => frame('update', update.data[0]!)),
]

const oddFrames = [
  // Spaces, another key order (data before channel), extra keys, exponent and negative-looking numbers, two pairs.
  '{ "channel" : "book", "type" : "update", "data" : [ { "symbol" : "ETH/USD", "bids" : [ { "price" : 1800.10 , "qty" : 0.50000000 } ], "asks" : [], "checksum" : 12 } ] }',
  '{"data":[{"symbol":"BTC/USD","bids":[],"asks":[{"price":29430.2,"qty":1e-8}],"checksum":7}],"type":"update","channel":"book"}',
  '{"channel":"book","type":"snapshot","data":[{"symbol":"A/B","bids":[{"qty":2.50,"price":0.00012000,"x":1}],"asks":[],"checksum":1,"extra":{"price":1}},{"symbol":"C/D","checksum":2}]}',
  // Not a book frame: undefined, like the real parser.
  '{"channel":"heartbeat"}',
  '{"channel":"ticker","type":"update","data":[{"symbol":"BTC/USD","last":29430.2}]}',
  '{"method":"subscribe","success":true,"result":{"channel":"book"}}',
  '{"channel":"book","type":"other","data":[]}',
]

describe('parseBookFrame (browser stand-in) returns what @k/orderbook returns', () => {
  it('for the 510-frame BTC/USD stream', () => {
    expect(streamFrames).toHaveLength(fixture.updates.length + 1)
    for (const text of streamFrames) expect(parseBookFrame(text)).toEqual(realParseBookFrame(text))
    // Trailing zeros survive: they are part of the checksum text.
    expect(parseBookFrame(streamFrames[0]!)?.data[0]?.bids?.[0]?.qty).toMatch(/^\d+\.\d{8}$/)
  })

  it('for unusual layouts and non-book frames', () => {
    for (const text of oddFrames) expect(parseBookFrame(text), text).toEqual(realParseBookFrame(text))
  })

  it('throws a protocol KrakenError on malformed JSON, like the real parser', () => {
    const text = '{"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":[{"price":1.0,'
    expect(() => realParseBookFrame(text)).toThrow()
    expect(() => parseBookFrame(text)).toThrow(expect.objectContaining({ category: 'protocol' }))
  })
})
