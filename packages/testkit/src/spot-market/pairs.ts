/** One tradable pair, with Kraken's real naming. */
export type SimPair = {
  /** REST altname, e.g. `XBTUSD`. */
  altname: string
  /** WS v2 symbol, e.g. `BTC/USD` (WS v2 writes BTC, not XBT). */
  wsname: string
  /** The `wsname` field of REST AssetPairs, which still writes XBT (`XBT/USD`). */
  restWsname: string
  /** REST result key, e.g. `XXBTZUSD`. */
  restName: string
  /** Kraken asset names, e.g. `XXBT`, `ZUSD`. */
  base: string
  quote: string
  /** WS v2 asset names, e.g. `BTC`, `USD`. */
  wsBase: string
  wsQuote: string
  pair_decimals: number
  lot_decimals: number
  cost_decimals: number
  ordermin: string
  costmin: string
  tick_size: string
  aclass_base: 'currency' | 'tokenized_asset'
  status: 'online' | 'cancel_only' | 'post_only' | 'limit_only' | 'reduce_only'
  /** Starting mid price of the synthetic market. */
  startPrice: number
}

/** One asset (REST `Assets`). */
export type SimAsset = {
  name: string
  altname: string
  wsname: string
  aclass: 'currency' | 'tokenized_asset'
  decimals: number
  display_decimals: number
  collateral_value?: number
  status: 'enabled'
}

// Names, precisions and minimums follow Kraken's real AssetPairs answers (spec examples for XXBTZUSD / XETHXXBT).
const pair = (p: Omit<SimPair, 'status'> & { status?: SimPair['status'] }): SimPair => ({ status: 'online', ...p })

/** The simulator's pairs. */
export const SIM_PAIRS: readonly SimPair[] = [
  pair({
    altname: 'XBTUSD',
    wsname: 'BTC/USD',
    restWsname: 'XBT/USD',
    restName: 'XXBTZUSD',
    base: 'XXBT',
    quote: 'ZUSD',
    wsBase: 'BTC',
    wsQuote: 'USD',
    pair_decimals: 1,
    lot_decimals: 8,
    cost_decimals: 5,
    ordermin: '0.0001',
    costmin: '0.5',
    tick_size: '0.1',
    aclass_base: 'currency',
    startPrice: 95_000,
  }),
  pair({
    altname: 'ETHUSD',
    wsname: 'ETH/USD',
    restWsname: 'ETH/USD',
    restName: 'XETHZUSD',
    base: 'XETH',
    quote: 'ZUSD',
    wsBase: 'ETH',
    wsQuote: 'USD',
    pair_decimals: 2,
    lot_decimals: 8,
    cost_decimals: 5,
    ordermin: '0.002',
    costmin: '0.5',
    tick_size: '0.01',
    aclass_base: 'currency',
    startPrice: 3_500,
  }),
  // A low-priced pair with 5 price decimals.
  pair({
    altname: 'XRPUSD',
    wsname: 'XRP/USD',
    restWsname: 'XRP/USD',
    restName: 'XXRPZUSD',
    base: 'XXRP',
    quote: 'ZUSD',
    wsBase: 'XRP',
    wsQuote: 'USD',
    pair_decimals: 5,
    lot_decimals: 8,
    cost_decimals: 5,
    ordermin: '2',
    costmin: '0.5',
    tick_size: '0.00001',
    aclass_base: 'currency',
    startPrice: 2.3,
  }),
  // Kraken quirk: DOGE is XDG on REST (`XDGUSD` is both altname and result key), DOGE on WS v2.
  pair({
    altname: 'XDGUSD',
    wsname: 'DOGE/USD',
    restWsname: 'XDG/USD',
    restName: 'XDGUSD',
    base: 'XXDG',
    quote: 'ZUSD',
    wsBase: 'DOGE',
    wsQuote: 'USD',
    pair_decimals: 7,
    lot_decimals: 8,
    cost_decimals: 5,
    ordermin: '30',
    costmin: '0.5',
    tick_size: '0.0000001',
    aclass_base: 'currency',
    startPrice: 0.38,
  }),
  // An xStock (tokenized equity): `aclass_base: 'tokenized_asset'`, REST calls need `asset_class=tokenized_asset`.
  pair({
    altname: 'AAPLxUSD',
    wsname: 'AAPLx/USD',
    restWsname: 'AAPLx/USD',
    restName: 'AAPLxUSD',
    base: 'AAPLx',
    quote: 'ZUSD',
    wsBase: 'AAPLx',
    wsQuote: 'USD',
    pair_decimals: 2,
    lot_decimals: 8,
    cost_decimals: 5,
    ordermin: '0.005',
    costmin: '0.5',
    tick_size: '0.01',
    aclass_base: 'tokenized_asset',
    startPrice: 230,
  }),
  pair({
    altname: 'ETHXBT',
    wsname: 'ETH/BTC',
    restWsname: 'ETH/XBT',
    restName: 'XETHXXBT',
    base: 'XETH',
    quote: 'XXBT',
    wsBase: 'ETH',
    wsQuote: 'BTC',
    pair_decimals: 5,
    lot_decimals: 8,
    cost_decimals: 6,
    ordermin: '0.01',
    costmin: '0.00002',
    tick_size: '0.00001',
    aclass_base: 'currency',
    startPrice: 0.0368,
  }),
  pair({
    altname: 'XBTEUR',
    wsname: 'BTC/EUR',
    restWsname: 'XBT/EUR',
    restName: 'XXBTZEUR',
    base: 'XXBT',
    quote: 'ZEUR',
    wsBase: 'BTC',
    wsQuote: 'EUR',
    pair_decimals: 1,
    lot_decimals: 8,
    cost_decimals: 5,
    ordermin: '0.0001',
    costmin: '0.5',
    tick_size: '0.1',
    aclass_base: 'currency',
    startPrice: 88_000,
  }),
]

/** The simulator's assets (REST names; Kraken prefixes legacy assets with X (crypto) / Z (fiat)). */
export const SIM_ASSETS: readonly SimAsset[] = [
  {
    name: 'XXBT',
    altname: 'XBT',
    wsname: 'BTC',
    aclass: 'currency',
    decimals: 10,
    display_decimals: 5,
    collateral_value: 1,
    status: 'enabled',
  },
  {
    name: 'XETH',
    altname: 'ETH',
    wsname: 'ETH',
    aclass: 'currency',
    decimals: 10,
    display_decimals: 5,
    collateral_value: 1,
    status: 'enabled',
  },
  {
    name: 'XXRP',
    altname: 'XRP',
    wsname: 'XRP',
    aclass: 'currency',
    decimals: 8,
    display_decimals: 5,
    collateral_value: 0.95,
    status: 'enabled',
  },
  {
    name: 'XXDG',
    altname: 'XDG',
    wsname: 'DOGE',
    aclass: 'currency',
    decimals: 8,
    display_decimals: 2,
    collateral_value: 0.9,
    status: 'enabled',
  },
  {
    name: 'AAPLx',
    altname: 'AAPLx',
    wsname: 'AAPLx',
    aclass: 'tokenized_asset',
    decimals: 8,
    display_decimals: 5,
    status: 'enabled',
  },
  {
    name: 'ZUSD',
    altname: 'USD',
    wsname: 'USD',
    aclass: 'currency',
    decimals: 4,
    display_decimals: 2,
    collateral_value: 1,
    status: 'enabled',
  },
  {
    name: 'ZEUR',
    altname: 'EUR',
    wsname: 'EUR',
    aclass: 'currency',
    decimals: 4,
    display_decimals: 2,
    collateral_value: 1,
    status: 'enabled',
  },
  {
    name: 'USDT',
    altname: 'USDT',
    wsname: 'USDT',
    aclass: 'currency',
    decimals: 8,
    display_decimals: 4,
    collateral_value: 1,
    status: 'enabled',
  },
]

const normalize = (name: string) => name.toUpperCase().replace(/[/_\-\s]/g, '')

const ASSET_ALIASES = new Map<string, string>()
for (const asset of SIM_ASSETS) {
  for (const alias of [asset.name, asset.altname, asset.wsname]) ASSET_ALIASES.set(alias.toUpperCase(), asset.name)
}
ASSET_ALIASES.set('BTC', 'XXBT')
ASSET_ALIASES.set('DOGE', 'XXDG')

/** Finds an asset by any spelling (`XXBT`, `XBT`, `BTC`, `btc`); `undefined` if unknown. */
export function findAsset(name: string): SimAsset | undefined {
  const canonical = ASSET_ALIASES.get(name.trim().toUpperCase())
  return canonical === undefined ? undefined : SIM_ASSETS.find((asset) => asset.name === canonical)
}

const PAIR_ALIASES = new Map<string, SimPair>()
for (const simPair of SIM_PAIRS) {
  const baseNames = [simPair.base, findAsset(simPair.base)?.altname ?? simPair.base, simPair.wsBase]
  const quoteNames = [simPair.quote, findAsset(simPair.quote)?.altname ?? simPair.quote, simPair.wsQuote]
  for (const base of baseNames) for (const quote of quoteNames) PAIR_ALIASES.set(normalize(base + quote), simPair)
  for (const alias of [simPair.altname, simPair.restName, simPair.wsname, simPair.restWsname]) {
    PAIR_ALIASES.set(normalize(alias), simPair)
  }
}

/** Finds a pair by any of Kraken's spellings: `XBTUSD`, `XXBTZUSD`, `BTC/USD`, `XBT/USD`, `btcusd`. */
export function findPair(name: string): SimPair | undefined {
  return PAIR_ALIASES.get(normalize(name))
}
