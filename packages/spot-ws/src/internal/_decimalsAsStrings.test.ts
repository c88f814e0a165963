import { expect, test } from 'vitest'
import { _decimalsAsStrings } from './_decimalsAsStrings.js'

test('decimal fields become strings with their exact text; integers and string contents are untouched', () => {
  const frame =
    '{"channel":"book","data":[{"symbol":"BTC/USD","bids":[{"price":45283.5,"qty":0.10000000}],"asks":[{"price":1e-7,"qty":-0.5}],"checksum":3310070434}],"note":"a \\"price\\":1 inside a string","req_id":7}'
  const parsed = JSON.parse(_decimalsAsStrings(frame))
  expect(parsed.data[0].bids[0]).toEqual({ price: '45283.5', qty: '0.10000000' })
  expect(parsed.data[0].asks[0]).toEqual({ price: '1e-7', qty: '-0.5' })
  expect(parsed.data[0].checksum).toBe(3310070434)
  expect(parsed.req_id).toBe(7)
  expect(parsed.note).toBe('a "price":1 inside a string')
  expect(_decimalsAsStrings('{"channel":"heartbeat"}')).toBe('{"channel":"heartbeat"}')
})
