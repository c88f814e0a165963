import { type EndpointSpec, spotEndpoints } from '../endpoints.js'

let table: Map<string, EndpointSpec & { name: string }> | undefined

/** The endpoint table indexed by route (`'POST /0/private/AddOrder'`), built on first use. */
export function _routeTable(): Map<string, EndpointSpec & { name: string }> {
  if (table) return table
  table = new Map()
  for (const [name, spec] of Object.entries(spotEndpoints)) table.set(spec.route, { ...(spec as EndpointSpec), name })
  return table
}
