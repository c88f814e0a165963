import type { FuturesEndpointSpec } from '../endpoints.js'

/**
 * Cost of one call in its pool (docs.kraken.com/api/docs/guides/futures-rate-limits): fixed per endpoint, except
 * batchorder (9 + number of instructions), fills (25 with `lastFillTime`, else 2) and the account log (by `count`).
 */
export function _cost(spec: FuturesEndpointSpec, form: URLSearchParams): number {
  if (spec.cost === 'batch') return 9 + _batchSize(form.get('json'))
  if (spec.cost === 'fills') return form.has('lastFillTime') ? 25 : 2
  if (spec.cost === 'accountLog') {
    // Kraken's default count is 500.
    const count = Number(form.get('count') ?? 500)
    if (count <= 25) return 1
    if (count <= 50) return 2
    if (count <= 1000) return 3
    return count <= 5000 ? 6 : 10
  }
  return spec.cost ?? 0
}

function _batchSize(json: string | null): number {
  try {
    const list = (JSON.parse(json ?? '') as { batchOrder?: unknown }).batchOrder
    return Array.isArray(list) ? list.length : 0
  } catch {
    return 0
  }
}
