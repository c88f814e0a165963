import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'

/**
 * Parses a Spot REST body: JSON when the content type says so (AddOrderBatch, CancelOrderBatch, …), otherwise
 * form-encoded with PHP-style brackets (`orders[0][type]=buy`, `close[ordertype]=limit`, repeated keys → arrays).
 * A malformed body answers `EGeneral:Invalid arguments`, like Kraken.
 */
export function _parseBody(rawBody: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.toLowerCase().includes('application/json')) {
    let value: unknown
    try {
      value = rawBody.trim() === '' ? {} : JSON.parse(rawBody)
    } catch {
      throw new SimKrakenError('EGeneral:Invalid arguments')
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw new SimKrakenError('EGeneral:Invalid arguments')
    return value as Record<string, unknown>
  }
  return _parseForm(new URLSearchParams(rawBody))
}

/** Form/query parameters → a nested object (brackets understood, repeated keys collected into arrays). */
export function _parseForm(params: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [name, value] of params) {
    const match = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(name)
    if (!match) {
      root[name] = value
      continue
    }
    const brackets = [...(match[2] ?? '').matchAll(/\[([^\]]*)\]/g)].map((part) => part[1] as string)
    const path = [match[1] as string, ...brackets]
    let node: Record<string, unknown> = root
    for (let index = 0; index < path.length; index++) {
      let segment = path[index] as string
      const last = index === path.length - 1
      if (segment === '') segment = String(Object.keys(node).length)
      if (last) {
        const existing = node[segment]
        if (existing === undefined) node[segment] = value
        else if (Array.isArray(existing)) existing.push(value)
        else if (typeof existing === 'string') node[segment] = [existing, value]
      } else {
        if (!node[segment] || typeof node[segment] !== 'object') node[segment] = {}
        node = node[segment] as Record<string, unknown>
      }
    }
  }
  return toArrays(root) as Record<string, unknown>
}

function toArrays(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, toArrays(item)] as const)
  if (entries.length && entries.every(([key]) => /^\d+$/.test(key))) {
    return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, item]) => item)
  }
  return Object.fromEntries(entries)
}
