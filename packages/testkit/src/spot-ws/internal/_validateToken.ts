import type { SimState } from '../../state/SimState.js'

/** Token store used until the REST `GetWebSocketsToken` module is wired in: token → { key, expires (ms) }. */
export function _wsTokenStore(state: SimState): Map<string, { key: string; expires: number }> {
  return state.domain('spot-ws-tokens', () => new Map<string, { key: string; expires: number }>())
}

/** The account key behind a WS token, or undefined when the token is unknown or expired. */
export function _validateToken(state: SimState, token: unknown): string | undefined {
  if (typeof token !== 'string') return undefined
  const entry = _wsTokenStore(state).get(token)
  if (!entry || entry.expires < Date.now()) return undefined
  return entry.key
}
