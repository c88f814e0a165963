import { type FuturesEndpointName, type FuturesEndpointSpec, futuresEndpoints } from '../endpoints.js'

type Compiled = {
  name: FuturesEndpointName
  spec: FuturesEndpointSpec
  method: string
  pattern: RegExp
  parameterCount: number
}
let compiled: Compiled[] | undefined

/** The endpoint-table row for a concrete request (`GET /derivatives/api/v3/tickers/PF_XBTUSD` → `getTicker`). */
export function _matchEndpoint(
  method: string,
  path: string,
): (FuturesEndpointSpec & { name: FuturesEndpointName }) | undefined {
  compiled ??= Object.entries(futuresEndpoints)
    .map(([name, spec]) => {
      const [verb, template] = spec.route.split(' ') as [string, string]
      const source = template
        .replace(/\/$/, '')
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\{[^}]+\}/g, '[^/]+')
      return {
        name: name as FuturesEndpointName,
        spec,
        method: verb,
        pattern: new RegExp(`^${source}/?$`),
        parameterCount: (template.match(/\{/g) ?? []).length,
      }
    })
    // Literal segments first (`/rfqs/open-offers` before `/rfqs/{rfqUid}`).
    .sort((a, b) => a.parameterCount - b.parameterCount)
  const found = compiled.find((entry) => entry.method === method && entry.pattern.test(path))
  return found ? { ...found.spec, name: found.name } : undefined
}
