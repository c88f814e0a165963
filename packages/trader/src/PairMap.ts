import { KrakenUnknownAssetPairError } from '@k/errors'
import type { AssetPair } from '@k/spot-rest'

/** Every spelling of one Kraken market. */
export type PairNames = {
  /** The key Kraken uses in REST results, e.g. `XXBTZUSD` (results keep it). */
  readonly key: string
  /** The REST altname, e.g. `XBTUSD` (what orders are sent with over REST). */
  readonly altname: string
  /** AssetPairs `wsname` (WS v1 spelling), e.g. `XBT/USD`. */
  readonly wsname: string
  /** The WebSocket v2 symbol, e.g. `BTC/USD`. */
  readonly symbol: string
}

// Kraken quirk: WS v2 renamed two assets that REST and WS v1 still spell the old way (Kraken.Net #126:
// "v2 uses BTC/USD, not XBT/USD"; DOGE is XDG on REST). Every other asset keeps its name.
const V2_ASSET_NAMES: Readonly<Record<string, string>> = { XBT: 'BTC', XDG: 'DOGE' }

function toV2Asset(asset: string): string {
  return V2_ASSET_NAMES[asset] ?? asset
}

function lookupKey(name: string): string {
  return name.replace(/[/\-_\s]/g, '').toUpperCase()
}

/**
 * Maps between the spellings of Kraken pairs (`XBTUSD`, `BTC/USD`, `XXBTZUSD`, `XBT/USD`, `btcusd` …), built from
 * the `AssetPairs` result. The most common source of confusion users report (kraken-facts §6 row 8): REST result keys
 * are `XXBTZUSD`, altnames `XBTUSD`, WS v1 `XBT/USD`, WS v2 `BTC/USD`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-tradable-asset-pairs
 * - Python: none (python-kraken-sdk leaves naming to the caller)
 *
 * @example
 * import { PairMap } from '@k/trader'
 * const pairs = new PairMap(await getAssetPairs(client))
 * pairs.resolve('BTC/USD').key // 'XXBTZUSD'
 * pairs.toSymbol('XXBTZUSD') // 'BTC/USD'
 */
export class PairMap {
  readonly #byName = new Map<string, PairNames>()
  readonly #all: PairNames[] = []

  constructor(assetPairs: Readonly<Record<string, Pick<AssetPair, 'altname' | 'wsname'>>>) {
    for (const [key, pair] of Object.entries(assetPairs)) {
      const wsname = pair.wsname ?? pair.altname
      const [base = '', quote = ''] = wsname.split('/')
      const symbol = quote === '' ? wsname : `${toV2Asset(base)}/${toV2Asset(quote)}`
      const names: PairNames = { key, altname: pair.altname, wsname, symbol }
      this.#all.push(names)
      for (const spelling of [key, pair.altname, wsname, symbol]) {
        // The first pair claiming a spelling keeps it (Kraken's own keys come first in AssetPairs order).
        if (!this.#byName.has(lookupKey(spelling))) this.#byName.set(lookupKey(spelling), names)
      }
    }
  }

  /** All pairs. */
  get pairs(): readonly PairNames[] {
    return this.#all
  }

  /** Whether `name` is a known spelling of a pair. */
  has(name: string): boolean {
    return this.#byName.has(lookupKey(name))
  }

  /**
   * Every spelling of the pair `name` names. Throws `KrakenUnknownAssetPairError` (Kraken's `EQuery:Unknown asset
   * pair`) for an unknown name — before anything is sent.
   */
  resolve(name: string): PairNames {
    const names = this.#byName.get(lookupKey(name))
    if (!names) {
      throw new KrakenUnknownAssetPairError(`Unknown pair "${name}" (not in AssetPairs).`, {
        details: { field: 'pair', sent: 'no' },
      })
    }
    return names
  }

  /** The REST result key, e.g. `XXBTZUSD`. */
  toKey(name: string): string {
    return this.resolve(name).key
  }

  /** The REST altname, e.g. `XBTUSD`. */
  toAltname(name: string): string {
    return this.resolve(name).altname
  }

  /** The WebSocket v2 symbol, e.g. `BTC/USD`. */
  toSymbol(name: string): string {
    return this.resolve(name).symbol
  }
}
