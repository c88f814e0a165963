import { KrakenValidationError } from '@k/errors'

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/** Decodes a Kraken API secret; rejects empty or non-base64 secrets without echoing them. */
export function _decodeSecret(secret: string, field = 'secret'): Uint8Array {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new KrakenValidationError(`Invalid ${field}: expected a non-empty base64 string.`, { field })
  }
  // Kraken's Futures secrets are sometimes shown without padding (88 chars decoding to 66 bytes is padded; others not).
  if (!BASE64.test(secret) || secret.length % 4 === 1) {
    throw new KrakenValidationError(`Invalid ${field}: not valid base64.`, { field })
  }
  return base64ToBytes(secret)
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text.replace(/=+$/, '').padEnd(Math.ceil(text.replace(/=+$/, '').length / 4) * 4, '='))
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let index = 0; index < bytes.length; index++) binary += String.fromCharCode(bytes[index]!)
  return btoa(binary)
}
