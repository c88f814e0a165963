import { _bookChecksum, type SimLevel } from './_bookChecksum.js'
import { _wsTime } from './_wsTime.js'

function levelsText(levels: readonly SimLevel[]): string {
  let text = '['
  for (let index = 0; index < levels.length; index++) {
    const level = levels[index]!
    // Prices and quantities are written as JSON numbers with their exact text (trailing zeros kept), like Kraken.
    text += `${index === 0 ? '' : ','}{"price":${level.price},"qty":${level.qty}}`
  }
  return `${text}]`
}

/**
 * The text of one `book` frame. `checksum` is computed by the caller over the subscriber's full top 10 (not over the
 * changed levels in this frame), so it is passed in; `timestamp` only on updates, as Kraken does.
 */
export function _bookFrame(
  type: 'snapshot' | 'update',
  symbol: string,
  bids: readonly SimLevel[],
  asks: readonly SimLevel[],
  checksum: number,
): string {
  const timestamp = type === 'update' ? `,"timestamp":"${_wsTime()}"` : ''
  return `{"channel":"book","type":"${type}","data":[{"symbol":"${symbol}","bids":${levelsText(bids)},"asks":${levelsText(asks)},"checksum":${checksum}${timestamp}}]}`
}

/**
 * Changes that turn `previous` into `next` for a subscriber of one depth. A level that left `next` but still exists
 * deeper in the market (`stillListed`) just fell out of the subscribed depth: Kraken sends no delete for it — the
 * client truncates. A level gone from the market is sent with qty 0.
 */
export function _diffSide(
  previous: readonly SimLevel[],
  next: readonly SimLevel[],
  stillListed: (price: string) => boolean,
  zero: string,
): SimLevel[] {
  const changes: SimLevel[] = []
  const nextByPrice = new Map<string, string>()
  for (const level of next) nextByPrice.set(level.price, level.qty)
  const previousByPrice = new Map<string, string>()
  for (const level of previous) {
    previousByPrice.set(level.price, level.qty)
    if (!nextByPrice.has(level.price) && !stillListed(level.price)) changes.push({ price: level.price, qty: zero })
  }
  for (const level of next) if (previousByPrice.get(level.price) !== level.qty) changes.push(level)
  return changes
}

export { _bookChecksum }
