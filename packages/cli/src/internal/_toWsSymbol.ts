const QUOTES = ['USDT', 'USDC', 'USD', 'EUR', 'GBP', 'JPY', 'CAD', 'CHF', 'AUD', 'XBT', 'BTC', 'ETH']

/**
 * WS v2 wants `BTC/USD`; REST names like `XBTUSD` or `XXBTZUSD` are converted (XBT → BTC, X/Z prefixes dropped).
 * Symbols that already contain `/` pass unchanged.
 */
export function _toWsSymbol(pair: string): string {
  if (pair.includes('/')) return pair.toUpperCase()
  let name = pair.toUpperCase()
  if (name.length === 8 && /^[XZ]/.test(name) && /^[XZ]/.test(name.slice(4))) name = name.slice(1, 4) + name.slice(5)
  const quote = QUOTES.find((candidate) => name.endsWith(candidate) && name.length > candidate.length)
  if (!quote) return name
  const base = name.slice(0, -quote.length)
  const fix = (asset: string) => (asset === 'XBT' ? 'BTC' : asset === 'XDG' ? 'DOGE' : asset)
  return `${fix(base)}/${fix(quote)}`
}
