import { readFileSync } from 'node:fs'

type RawLevel = { price: number; qty: number }
type RawMessage = {
  channel: 'book'
  type: 'snapshot' | 'update'
  data: [{ symbol: string; bids: RawLevel[]; asks: RawLevel[]; checksum: number; timestamp?: string }]
}

/** The 510 messages of the python-kraken-sdk fixture (snapshot first), as parsed (floats: trailing zeros lost). */
export function fixtureMessages(): RawMessage[] {
  const url = new URL('./book.btc-usd.510.json', import.meta.url)
  const file = JSON.parse(readFileSync(url, 'utf8')) as { init: RawMessage; updates: RawMessage[] }
  return [file.init, ...file.updates]
}

function levelsText(levels: RawLevel[]): string {
  return levels.map((l) => `{"price":${l.price.toFixed(1)},"qty":${l.qty.toFixed(8)}}`).join(',')
}

/**
 * The same 510 messages as the raw text frames Kraken sends: prices with 1 decimal and quantities with 8 decimals
 * (BTC/USD pair_decimals / lot_decimals), written as JSON numbers with their trailing zeros.
 */
export function fixtureFrames(): string[] {
  return fixtureMessages().map((m) => {
    const d = m.data[0]
    const ts = d.timestamp === undefined ? '' : `,"timestamp":"${d.timestamp}"`
    const text =
      `{"channel":"book","type":"${m.type}","data":[{"symbol":"${d.symbol}","bids":[${levelsText(d.bids)}],` +
      `"asks":[${levelsText(d.asks)}],"checksum":${d.checksum}${ts}}]}`
    // A flat string decoded from bytes, like a WebSocket frame (concatenation leaves a slow rope string).
    return Buffer.from(text, 'utf8').toString('utf8')
  })
}
