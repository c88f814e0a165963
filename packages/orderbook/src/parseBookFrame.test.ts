import { describe, expect, it } from 'vitest'
import { fixtureFrames } from './__fixtures__/fixtureFrames.js'
import { parseBookFrame } from './parseBookFrame.js'

describe('parseBookFrame', () => {
  it('keeps number text and reads every field of a book frame', () => {
    const m = parseBookFrame(
      ' { "channel" : "book", "type":"update", "data": [ { "symbol":"BTC/USD", "bids": [ { "price": 45283.5, "qty": 0.10000000 } ],' +
        ' "asks":[], "checksum": 3310070434, "timestamp":"2023-10-06T17:35:55.440295Z", "extra": {"a":[1,true,null,"x\\"y"]} } ] } ',
    )
    expect(m).toEqual({
      channel: 'book',
      type: 'update',
      data: [
        {
          symbol: 'BTC/USD',
          bids: [{ price: '45283.5', qty: '0.10000000' }],
          asks: [],
          checksum: 3310070434,
          timestamp: '2023-10-06T17:35:55.440295Z',
        },
      ],
    })
  })

  it('gives the same structure as JSON.parse on all 510 fixture frames, with strings for numbers', () => {
    for (const frame of fixtureFrames()) {
      const fast = parseBookFrame(frame)
      const slow = JSON.parse(frame) as { data: [{ bids: { price: number; qty: number }[] }] }
      expect(fast?.data[0]?.bids?.map((l) => [Number(l.price), Number(l.qty)])).toEqual(
        slow.data[0].bids.map((l) => [l.price, l.qty]),
      )
    }
  })

  it('returns undefined for frames that are not book snapshots/updates', () => {
    expect(parseBookFrame('{"channel":"heartbeat"}')).toBeUndefined()
    expect(parseBookFrame('{"channel":"ticker","type":"update","data":[{"symbol":"BTC/USD"}]}')).toBeUndefined()
    expect(parseBookFrame('{"method":"subscribe","result":{"channel":"book"},"success":true}')).toBeUndefined()
    expect(parseBookFrame('{}')).toBeUndefined()
  })

  it('handles data before channel and escaped strings', () => {
    const m = parseBookFrame(
      '{"data":[{"symbol":"A\\/B","bids":[],"asks":[{"price":"1.10","qty":"2.000"}],"checksum":1}],"type":"snapshot","channel":"book"}',
    )
    expect(m?.type).toBe('snapshot')
    expect(m?.data[0]?.symbol).toBe('A/B')
    expect(m?.data[0]?.asks).toEqual([{ price: '1.10', qty: '2.000' }])
  })

  it('throws a protocol KrakenError on malformed frames', () => {
    expect(() => parseBookFrame('{"channel":"book","type":"update","data":[{"bids":[{"price":1,}]}]}')).toThrow(
      /Malformed book frame/,
    )
    expect(() => parseBookFrame('{"channel":"book","type":"update","data":[{"bids":[{"price":1,"qty":2}')).toThrow(
      /Malformed book frame/,
    )
  })
})
