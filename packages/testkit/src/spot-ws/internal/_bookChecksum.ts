import CRC32 from 'crc-32'

/** A book level as the text Kraken writes into the frame (`price`/`qty` with the pair's precision). */
export type SimLevel = { price: string; qty: string }

/** Levels that Kraken's checksum covers, whatever the subscribed depth. */
export const CHECKSUM_DEPTH = 10

// Kraken quirk (kraken-facts §1.4): per level, the price with '.' removed and leading zeros stripped, then the qty
// the same way; asks low→high then bids high→low, top 10 each; CRC32 (IEEE) as an unsigned int.
function strip(text: string): string {
  const digits = text.replace('.', '')
  let start = 0
  while (start < digits.length && digits.charCodeAt(start) === 48) start++
  return digits.slice(start)
}

// Levels are immutable objects (a change replaces the object), so each level's checksum text is computed once.
const levelTexts = new WeakMap<SimLevel, string>()
function levelText(level: SimLevel): string {
  let text = levelTexts.get(level)
  if (text === undefined) {
    text = strip(level.price) + strip(level.qty)
    levelTexts.set(level, text)
  }
  return text
}

/** CRC32 over the top 10 levels of each side (asks ascending, bids descending), unsigned. */
export function _bookChecksum(bids: readonly SimLevel[], asks: readonly SimLevel[]): number {
  let text = ''
  for (let index = 0; index < asks.length && index < CHECKSUM_DEPTH; index++) text += levelText(asks[index]!)
  for (let index = 0; index < bids.length && index < CHECKSUM_DEPTH; index++) text += levelText(bids[index]!)
  // The text is ASCII digits, so the binary-string CRC equals the UTF-8 one.
  return CRC32.bstr(text) >>> 0
}
