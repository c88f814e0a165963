import { isKrakenError, type KrakenError } from '@k/errors'

/**
 * Whether an order call failed with an unknown outcome: the request may have reached Kraken but its answer was lost
 * (`details.sent === 'maybe'`: a timeout or a dropped connection). The trader never re-sends such an order; look it
 * up (`queryOrders` / `getOrders`, by the `cl_ord_id` you gave) before trying again.
 *
 * - Kraken: https://docs.kraken.com/api/docs/guides/spot-errors
 * - Python: none
 *
 * @example
 * try { await trader.placeOrder('XBTUSD', 'buy', '0.001', 'limit', { price: '60000', cl_ord_id: id }) }
 * catch (error) { if (isOutcomeUnknown(error)) await reconcile(id); else throw error }
 */
export function isOutcomeUnknown(error: unknown): error is KrakenError {
  return isKrakenError(error) && error.details.sent === 'maybe'
}
