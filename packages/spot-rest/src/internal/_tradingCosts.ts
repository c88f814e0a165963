import type { TradingCostKind } from '../endpoints.js'
import { tradingCost } from '../SpotRateLimiter.js'
import type { _OrderAges } from './_OrderAges.js'

/**
 * Trading-counter points of one order call, per pair. Placement and edits name their pair; cancels find it from the
 * orders this client placed (an order placed elsewhere has no known pair, and Kraken's answer snaps the counter).
 */
export function _tradingCosts(
  kind: TradingCostKind,
  parameters: Record<string, unknown>,
  orders: _OrderAges,
  now: number,
): Array<{ pair: string; points: number }> {
  const pair = typeof parameters.pair === 'string' ? parameters.pair : undefined
  if (kind === 'add') return pair ? [{ pair, points: tradingCost('add', []) }] : []
  if (kind === 'batchAdd') {
    const size = Array.isArray(parameters.orders) ? parameters.orders.length : 0
    return pair ? [{ pair, points: tradingCost('batchAdd', [], size) }] : []
  }
  if (kind === 'edit' || kind === 'amend') {
    const known = orders.get((parameters.txid ?? parameters.cl_ord_id) as string | undefined)
    const target = pair ?? known?.pair
    return target ? [{ pair: target, points: tradingCost(kind, [known ? now - known.at : undefined]) }] : []
  }
  const ids: unknown[] =
    kind === 'cancel'
      ? [parameters.txid ?? parameters.cl_ord_id]
      : [
          ...(Array.isArray(parameters.orders) ? parameters.orders : []),
          ...(Array.isArray(parameters.cl_ord_ids) ? parameters.cl_ord_ids : []),
        ]
  const byPair = new Map<string, number>()
  for (const id of ids) {
    const known = orders.get(typeof id === 'object' && id !== null ? (Object.values(id)[0] as string) : (id as string))
    if (!known) continue
    byPair.set(known.pair, (byPair.get(known.pair) ?? 0) + tradingCost('cancel', [now - known.at]))
  }
  return [...byPair].map(([key, points]) => ({ pair: key, points }))
}
