/** Request params sent as JSON numbers with their exact decimal text (Kraken WS v2 wants numbers, not strings). */
export const _spotDecimalKeys: ReadonlySet<string> = new Set([
  'limit_price',
  'order_qty',
  'display_qty',
  'cash_order_qty',
  'trigger_price',
  'price',
])
