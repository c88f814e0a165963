// Every WS v2 field that carries a price, quantity or amount. Integers (checksum, trade_id, req_id, sequence,
// precisions, counts) stay numbers.
const DECIMAL_KEYS = new Set([
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
])

const isNumberStart = (code: number) => (code >= 48 && code <= 57) || code === 45
// digits, '.', 'e', 'E', '+', '-'
const isNumberPart = (code: number) =>
  (code >= 48 && code <= 57) || code === 46 || code === 101 || code === 69 || code === 43 || code === 45

/**
 * Rewrites the decimal fields of a WS v2 frame from JSON numbers to JSON strings before `JSON.parse`, so prices and
 * quantities keep Kraken's exact text (`0.10000000` stays `'0.10000000'`) and never go through a float. A small
 * scanner (about 2× cheaper than a regex here): it jumps from `":` to `":`; a `":` inside a string value is always
 * `\":` (quotes are escaped there) and is skipped.
 */
export function _decimalsAsStrings(text: string): string {
  let out = ''
  let last = 0
  let at = text.indexOf('":')
  while (at !== -1) {
    const start = at + 2
    if (isNumberStart(text.charCodeAt(start)) && text.charCodeAt(at - 1) !== 92) {
      const keyStart = text.lastIndexOf('"', at - 1) + 1
      if (DECIMAL_KEYS.has(text.slice(keyStart, at))) {
        let end = start + 1
        while (isNumberPart(text.charCodeAt(end))) end++
        out += `${text.slice(last, start)}"${text.slice(start, end)}"`
        last = end
        at = text.indexOf('":', end)
        continue
      }
    }
    at = text.indexOf('":', start)
  }
  return last === 0 ? text : out + text.slice(last)
}
