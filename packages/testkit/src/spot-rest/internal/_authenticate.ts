import { timingSafeEqual } from 'node:crypto'
import { signSpotRequestSync } from '@k/signing'
import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'
import type { SimState } from '../../state/SimState.js'
import type { SimHttpRequest } from '../../types.js'

const header = (request: SimHttpRequest, name: string) => {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function lastNonces(state: SimState): Map<string, bigint> {
  return state.domain('spot-rest-nonces', () => new Map<string, bigint>())
}

/**
 * Verifies a private request the way Kraken does: `API-Key` known (`EAPI:Invalid key`), `API-Sign` =
 * base64(HMAC-SHA512(secret, path + SHA256(nonce + exact body))) over the EXACT bytes received
 * (`EAPI:Invalid signature`), then the nonce strictly greater than the key's last one (`EAPI:Invalid nonce`; a
 * rejected signature does not consume the nonce). Returns the key.
 */
export function _authenticate(state: SimState, request: SimHttpRequest, params: Record<string, unknown>): string {
  const key = header(request, 'api-key')
  const account = key === undefined ? undefined : state.accounts.get(key)
  if (!key || !account) throw new SimKrakenError('EAPI:Invalid key')
  const nonceValue = params.nonce
  // A JSON body may carry the nonce as a number: take its digits from the raw text, since JSON.parse rounds values
  // above 2^53 (nanosecond nonces) and the signature covers the text the client wrote.
  const rawNumber = typeof nonceValue === 'number' ? /"nonce"\s*:\s*(\d+)/.exec(request.rawBody)?.[1] : undefined
  const nonce =
    rawNumber ??
    (typeof nonceValue === 'number' ? String(nonceValue) : typeof nonceValue === 'string' ? nonceValue : '')
  if (!/^\d{1,30}$/.test(nonce)) throw new SimKrakenError('EAPI:Invalid nonce')
  const sign = header(request, 'api-sign') ?? ''
  let expected: string
  try {
    expected = signSpotRequestSync({ secret: account.secret, path: request.path, nonce, body: request.rawBody })
  } catch {
    throw new SimKrakenError('EAPI:Invalid key')
  }
  const given = Buffer.from(sign)
  const wanted = Buffer.from(expected)
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted))
    throw new SimKrakenError('EAPI:Invalid signature')
  const nonces = lastNonces(state)
  const value = BigInt(nonce)
  const last = nonces.get(key)
  if (last !== undefined && value <= last) throw new SimKrakenError('EAPI:Invalid nonce')
  nonces.set(key, value)
  return key
}
