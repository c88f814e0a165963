import { KrakenValidationError } from '@k/errors'

// Standard base64 (Kraken never uses the URL-safe alphabet), optional padding.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/**
 * Decodes a Kraken API secret; rejects empty or non-base64 secrets with a KrakenValidationError that names the field
 * but never echoes the value.
 */
export function _decodeSecret(secret: string, field = 'secret'): Uint8Array {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new KrakenValidationError(`Invalid ${field}: expected a non-empty base64 string.`, { field })
  }
  // Kraken quirk: Futures secrets may be shown without padding (the docs' 87-char example is not padded base64 and
  // is rejected here: 4n+1 characters can never be base64).
  if (!BASE64.test(secret) || secret.length % 4 === 1) {
    throw new KrakenValidationError(`Invalid ${field}: not valid base64.`, { field })
  }
  const unpadded = secret.replace(/=+$/, '')
  const binary = atob(unpadded.padEnd(Math.ceil(unpadded.length / 4) * 4, '='))
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}
