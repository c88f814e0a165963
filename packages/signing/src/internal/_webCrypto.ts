import { _bytesToBase64 } from './_bytesToBase64.js'
import { _decodeSecret } from './_decodeSecret.js'

const encoder = new TextEncoder()

/** UTF-8 bytes of `text`. */
export function _utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

/** SHA-256 with WebCrypto (`globalThis.crypto.subtle`: browsers, Deno, Bun, Node ≥ 20). */
export async function _sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data as BufferSource))
}

// One-entry cache of the imported CryptoKey (non-extractable), like the Node path's decoded key.
let lastSecret: string | undefined
let lastKey: Promise<CryptoKey> | undefined

function hmacKey(secret: string): Promise<CryptoKey> {
  if (secret !== lastSecret || lastKey === undefined) {
    const bytes = _decodeSecret(secret) // throws KrakenValidationError before anything is cached
    lastKey = globalThis.crypto.subtle.importKey(
      'raw',
      bytes as BufferSource,
      { name: 'HMAC', hash: 'SHA-512' },
      false,
      ['sign'],
    )
    lastSecret = secret
  }
  return lastKey
}

/** base64(HMAC-SHA512(base64decode(secret), message)) with WebCrypto. */
export async function _hmacSha512Base64(secret: string, message: Uint8Array): Promise<string> {
  const key = await hmacKey(secret)
  return _bytesToBase64(new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, message as BufferSource)))
}

/** `first` followed by `second`. */
export function _concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length)
  joined.set(first, 0)
  joined.set(second, first.length)
  return joined
}
