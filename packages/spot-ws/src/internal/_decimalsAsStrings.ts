// Every WS v2 field that carries a price, quantity or amount. Integers (checksum, trade_id, req_id, sequence,
// precisions, counts) stay numbers.
const DECIMAL_KEYS = [
  'price',
  'qty',
  'bid',
  'bid_qty',
  'ask',
  'ask_qty',
  'last',
  'volume',
  'vwap',
  'low',
  'high',
  'change',
  'change_pct',
  'open',
  'close',
  'limit_price',
  'order_qty',
  'cum_qty',
  'cum_cost',
  'avg_price',
  'stop_price',
  'display_qty',
  'cash_order_qty',
  'last_qty',
  'last_price',
  'cost',
  'fee_usd_equiv',
  'balance',
  'amount',
  'fee',
  'qty_increment',
  'price_increment',
  'tick_size',
  'cost_min',
  'qty_min',
  'collateral_value',
  'margin_rate',
  'margin_initial',
  'position_limit_long',
  'position_limit_short',
  'trigger_price',
  'leaves_qty',
  'contingent_qty',
  'margin_borrow',
]

const pattern = new RegExp(`"(${DECIMAL_KEYS.join('|')})":(-?\\d[\\d.eE+-]*)`, 'g')

/**
 * Rewrites the decimal fields of a WS v2 frame from JSON numbers to JSON strings before `JSON.parse`, so prices and
 * quantities keep Kraken's exact text (`0.10000000` stays `'0.10000000'`) and never go through a float. Escaped
 * text inside string values cannot match (its quotes are `\"`).
 */
export function _decimalsAsStrings(text: string): string {
  return text.replace(pattern, '"$1":"$2"')
}
