/** A contract the simulated Futures exchange lists. */
export type FuturesInstrument = {
  symbol: string
  pair: string
  base: string
  quote: string
  /** `futures_inverse` (PI_, FI_: one contract = 1 USD, margined in the base) or `flexible_futures` (PF_: linear). */
  type: 'futures_inverse' | 'flexible_futures'
  tag: 'perpetual' | 'month'
  tickSize: number
  /** Decimals allowed in an order size (Kraken `contractValueTradePrecision`). */
  sizePrecision: number
  /** Starting mark price (scaled by the seed). */
  startPrice: number
  lastTradingTime?: string
}

/** Last Friday of the month after `now`, as Kraken names fixed-maturity contracts (`FI_XBTUSD_YYMMDD`). */
function nextMaturity(now: Date): Date {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 0, 16))
  while (end.getUTCDay() !== 5) end.setUTCDate(end.getUTCDate() - 1)
  return end
}

/** The listed instruments: inverse and linear perpetuals, and one fixed-maturity XBT future. */
export function _instruments(seed: number, now: Date = new Date()): FuturesInstrument[] {
  const scale = 1 + ((seed % 97) - 48) / 1000
  const maturity = nextMaturity(now)
  const yymmdd = maturity.toISOString().slice(2, 10).replaceAll('-', '')
  // Near the spot market's BTC/USD and ETH/USD start prices (95,000 / 3,500), so spot and futures quotes agree.
  const xbt = Math.round(95000 * scale)
  const eth = Math.round(3500 * scale)
  return [
    {
      symbol: 'PI_XBTUSD',
      pair: 'XBT:USD',
      base: 'XBT',
      quote: 'USD',
      type: 'futures_inverse',
      tag: 'perpetual',
      tickSize: 0.5,
      sizePrecision: 0,
      startPrice: xbt,
    },
    {
      symbol: 'PI_ETHUSD',
      pair: 'ETH:USD',
      base: 'ETH',
      quote: 'USD',
      type: 'futures_inverse',
      tag: 'perpetual',
      tickSize: 0.05,
      sizePrecision: 0,
      startPrice: eth,
    },
    {
      symbol: 'PF_XBTUSD',
      pair: 'XBT:USD',
      base: 'XBT',
      quote: 'USD',
      type: 'flexible_futures',
      tag: 'perpetual',
      tickSize: 1,
      sizePrecision: 4,
      startPrice: xbt,
    },
    {
      symbol: 'PF_ETHUSD',
      pair: 'ETH:USD',
      base: 'ETH',
      quote: 'USD',
      type: 'flexible_futures',
      tag: 'perpetual',
      tickSize: 0.1,
      sizePrecision: 3,
      startPrice: eth,
    },
    {
      symbol: 'PF_SOLUSD',
      pair: 'SOL:USD',
      base: 'SOL',
      quote: 'USD',
      type: 'flexible_futures',
      tag: 'perpetual',
      tickSize: 0.01,
      sizePrecision: 2,
      startPrice: Math.round(150 * scale),
    },
    {
      symbol: `FI_XBTUSD_${yymmdd}`,
      pair: 'XBT:USD',
      base: 'XBT',
      quote: 'USD',
      type: 'futures_inverse',
      tag: 'month',
      tickSize: 0.5,
      sizePrecision: 0,
      startPrice: Math.round(xbt * 1.01),
      lastTradingTime: maturity.toISOString(),
    },
  ]
}
