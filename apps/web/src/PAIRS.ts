/** A pair the page offers: its WS v2 symbol and the REST name Kraken accepts. */
export type PagePair = { readonly ws: string; readonly rest: string }

/**
 * The pair selector's choices. Kraken quirk: REST and WS v2 name pairs differently (`XBTUSD` vs `BTC/USD`,
 * `XDGUSD` vs `DOGE/USD`), so each pair carries both.
 */
export const PAIRS: readonly PagePair[] = [
  { ws: 'BTC/USD', rest: 'XBTUSD' },
  { ws: 'ETH/USD', rest: 'ETHUSD' },
  { ws: 'XRP/USD', rest: 'XRPUSD' },
  { ws: 'DOGE/USD', rest: 'XDGUSD' },
  { ws: 'ETH/BTC', rest: 'ETHXBT' },
  { ws: 'BTC/EUR', rest: 'XBTEUR' },
]
