// Kraken answers an expired or unknown WS token with one of these; the fix is a fresh GetWebSocketsToken
// (XChange #3697, Kraken support: "request a new authentication token").
const TOKEN_ERRORS = /EAPI:Invalid token|ESession:Invalid session|Token expired|Invalid token/i

/** True for an error string (or KrakenError code/message) that a fresh token fixes. */
export function _isTokenError(error: unknown): boolean {
  if (typeof error === 'string') return TOKEN_ERRORS.test(error)
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && TOKEN_ERRORS.test(code)
}
