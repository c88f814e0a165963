import { SIM_ASSETS } from '../../../spot-market/pairs.js'
import { _fixedDecimal } from '../_fixedDecimal.js'
import { _num, _rawJson } from '../_rawJson.js'
import type { SimChannel } from './_SimChannel.js'

const increment = (decimals: number) => _num(decimals === 0 ? '1' : `0.${'1'.padStart(decimals, '0')}`)

/** `instrument`: reference data for every asset and pair, including `price_precision` and `qty_precision`. */
export const instrumentChannel: SimChannel = {
  name: 'instrument',
  isPrivate: false,
  needsSymbol: false,
  prepare: () => ({ fields: {}, result: {} }),
  snapshot(session, subscription) {
    const names = new Set(subscription.market.pairs().flatMap((pair) => [pair.base, pair.quote]))
    const assets = SIM_ASSETS.filter((asset) => names.has(asset.wsname)).map((asset) => ({
      id: asset.wsname,
      status: asset.status,
      precision: asset.decimals,
      precision_display: asset.display_decimals,
      borrowable: false,
      collateral_value: _num(_fixedDecimal(String(asset.collateral_value ?? 0), 2)),
      margin_rate: _num('0.02'),
    }))
    const pairs = subscription.market.pairs().map((pair) => ({
      symbol: pair.symbol,
      base: pair.base,
      quote: pair.quote,
      status: 'online',
      qty_precision: pair.qtyPrecision,
      qty_increment: increment(pair.qtyPrecision),
      price_precision: pair.pricePrecision,
      cost_precision: 5,
      marginable: false,
      has_index: true,
      cost_min: _num(pair.costMin),
      tick_size: increment(pair.pricePrecision),
      price_increment: increment(pair.pricePrecision),
      qty_min: _num(pair.qtyMin),
    }))
    session.send(_rawJson({ channel: 'instrument', type: 'snapshot', data: { assets, pairs } }))
  },
}
