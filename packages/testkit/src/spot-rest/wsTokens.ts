import { randomBytes } from 'node:crypto'
import type { SimState } from '../state/SimState.js'

/** Kraken WS tokens are valid for 15 minutes (900 s) until used. */
export const WS_TOKEN_TTL_SECONDS = 900

type TokenStore = { tokens: Map<string, { key: string; expiresAt: number }>; now: () => number }

function store(state: SimState): TokenStore {
  return state.domain('spot-ws-tokens', () => ({ tokens: new Map(), now: Date.now }))
}

/**
 * Issues a WebSocket token for an API key (REST GetWebSocketsToken,
 * https://docs.kraken.com/api/docs/rest-api/get-websockets-token).
 *
 * @example
 * const { token } = issueWsToken(sim.state, key)
 */
export function issueWsToken(state: SimState, key: string): { token: string; expires: number } {
  const { tokens, now } = store(state)
  const token = randomBytes(32).toString('base64url').slice(0, 43)
  tokens.set(token, { key, expiresAt: now() + WS_TOKEN_TTL_SECONDS * 1000 })
  return { token, expires: WS_TOKEN_TTL_SECONDS }
}

/**
 * The API key a WS token was issued to, or `undefined` when unknown or expired (15 minutes after issue); the Spot WS
 * simulator then answers with Kraken's token error.
 *
 * @example
 * const key = validateWsToken(sim.state, message.params.token)
 */
export function validateWsToken(state: SimState, token: string): string | undefined {
  const { tokens, now } = store(state)
  const entry = tokens.get(token)
  if (!entry) return undefined
  if (entry.expiresAt <= now()) {
    tokens.delete(token)
    return undefined
  }
  return entry.key
}
