import { _decodeSecret, bytesToBase64 } from '../_base64.js'

const encoder = new TextEncoder()

export function _utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

export async function _sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data as BufferSource))
}

/** base64(HMAC-SHA512(base64decode(secret), message)) with WebCrypto. */
export async function _hmacSha512Base64(secret: string, message: Uint8Array): Promise<string> {
  const keyBytes = _decodeSecret(secret)
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    keyBytes as BufferSource,
    { name: 'HMAC', hash: 'SHA-512' },
    false,
    ['sign'],
  )
  return bytesToBase64(new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, message as BufferSource)))
}

export function _concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length)
  joined.set(first, 0)
  joined.set(second, first.length)
  return joined
}
