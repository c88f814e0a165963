import * as v from 'valibot'

/** Channels of the public endpoint (python `public_channel_names`, with `ohlc` canonical). */
export const PUBLIC_CHANNEL_NAMES = ['book', 'instrument', 'ohlc', 'ticker', 'trade'] as const
/** Channels that need the token (python `private_channel_names`). */
export const PRIVATE_CHANNEL_NAMES = ['executions', 'balances', 'level3'] as const
/** Trading methods (python `private_methods`). */
export const PRIVATE_METHODS = [
  'add_order',
  'amend_order',
  'batch_add',
  'batch_cancel',
  'cancel_all',
  'cancel_all_orders_after',
  'cancel_order',
  'edit_order',
] as const

/**
 * `params` of subscribe/unsubscribe: Kraken's wire names; unknown keys pass through (`snap_orders`,
 * `ratecounter`, …). `channel: 'ohlcv'` (python-kraken-sdk's doc spelling) is accepted and sent as `ohlc`;
 * a single `symbol` string is sent as a one-element list.
 */
export const SubscribeParametersSchema = v.looseObject({
  channel: v.pipe(
    v.picklist([...PUBLIC_CHANNEL_NAMES, ...PRIVATE_CHANNEL_NAMES, 'ohlcv']),
    v.transform((channel) => (channel === 'ohlcv' ? 'ohlc' : channel)),
  ),
  symbol: v.optional(
    v.pipe(
      v.union([v.string(), v.array(v.string())]),
      v.transform((symbol) => (typeof symbol === 'string' ? [symbol] : symbol)),
      v.minLength(1, 'At least one symbol.'),
    ),
  ),
  /** book: 10, 25, 100, 500, 1000; level3: 10, 100, 1000. */
  depth: v.optional(v.picklist([10, 25, 100, 500, 1000])),
  /** ohlc interval in minutes. */
  interval: v.optional(v.picklist([1, 5, 15, 30, 60, 240, 1440, 10080, 21600])),
  snapshot: v.optional(v.boolean()),
  event_trigger: v.optional(v.picklist(['bbo', 'trades'])),
  /** Unified WebSocket only. */
  asset_class: v.optional(v.picklist(['spot', 'derivatives'])),
})

export type SubscribeParameters = v.InferInput<typeof SubscribeParametersSchema>
