import { timingSafeEqual } from 'node:crypto'
import { signFuturesRequestSync } from '@k/signing'
import type { SimState } from '../state/SimState.js'
import type { SimHttpRequest } from '../types.js'

/** Last nonce accepted per Futures key (strictly increasing, like Kraken). */
export type FuturesNonces = Map<string, bigint>

/**
 * Kraken Futures authentication: `Authent = base64(HMAC-SHA512(base64decode(secret), SHA256(postData + Nonce + path)))`
 * with `/derivatives` stripped from the path and `postData` the url-encoded text EXACTLY as received (query string,
 * then the form body — Kraken's rule since 2024-02-20). The older decoded form is still accepted, as Kraken does
 * during its phase-out. Returns the Futures key, or Kraken's error code.
 */
export function _verifyFuturesAuth(
  state: SimState,
  nonces: FuturesNonces,
  request: SimHttpRequest,
): { key: string } | { error: string } {
  const key = header(request, 'apikey')
  const authent = header(request, 'authent')
  const nonce = header(request, 'nonce') ?? ''
  if (!key || !authent) return { error: 'authenticationError' }
  const spotKey = state.futuresKeys.get(key)
  const secret = spotKey === undefined ? undefined : state.accounts.get(spotKey)?.futuresSecret
  if (!secret) return { error: 'authenticationError' }
  const postData = request.rawQuery + request.rawBody
  const candidates = [postData]
  const decoded = safeDecode(postData)
  if (decoded !== postData) candidates.push(decoded)
  const valid = candidates.some((text) =>
    equal(signFuturesRequestSync({ secret, path: request.path, nonce, postData: text }), authent),
  )
  if (!valid) return { error: 'authenticationError' }
  if (nonce !== '') {
    if (!/^\d{1,30}$/.test(nonce)) return { error: 'authenticationError' }
    const value = BigInt(nonce)
    const last = nonces.get(key)
    if (last !== undefined && value === last) return { error: 'nonceDuplicate' }
    if (last !== undefined && value < last) return { error: 'nonceBelowThreshold' }
    nonces.set(key, value)
  }
  return { key }
}

function header(request: SimHttpRequest, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '))
  } catch {
    return text
  }
}

function equal(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
