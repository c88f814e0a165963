import {
  type KrakenError,
  KrakenMarketInOnlyCancelModeError,
  KrakenMarketInOnlyPostModeError,
  KrakenServiceUnavailableError,
} from '@k/errors'

/**
 * The system-status guard: the typed error Kraken would answer with, raised before an order is sent, or undefined
 * when the order may go. Kraken enters `cancel_only` / `post_only` during volatility and `maintenance` for upgrades
 * (seed 004 "System-status guard"); a market order then fails anyway, and a bot should learn it without sending.
 *
 * - `maintenance`, `cancel_only`: no new order.
 * - `post_only`: only post-only limit orders.
 * - `limit_only`, `reduce_only` (pair states Kraken also uses): no market orders.
 */
export function _checkSystemStatus(
  status: string,
  order: { ordertype: string; postOnly: boolean },
): KrakenError | undefined {
  const details = { endpoint: 'SystemStatus (guard)', sent: 'no' as const }
  const hint = 'Nothing was sent. Pass { statusGuard: false } to send anyway.'
  if (status === 'maintenance') {
    return new KrakenServiceUnavailableError(`Kraken is in maintenance; the order was not sent. ${hint}`, { details })
  }
  if (status === 'cancel_only') {
    return new KrakenMarketInOnlyCancelModeError(`Kraken is in cancel_only mode; the order was not sent. ${hint}`, {
      details,
    })
  }
  if (status === 'post_only' && !(order.ordertype === 'limit' && order.postOnly)) {
    return new KrakenMarketInOnlyPostModeError(
      `Kraken is in post_only mode: only post-only limit orders are accepted; the order was not sent. ${hint}`,
      { details },
    )
  }
  if ((status === 'limit_only' || status === 'reduce_only') && order.ordertype === 'market') {
    return new KrakenMarketInOnlyPostModeError(
      `Kraken is in ${status} mode: market orders are refused; the order was not sent. ${hint}`,
      { code: `EService:Market in ${status} mode`, details },
    )
  }
  return undefined
}
