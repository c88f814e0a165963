import { _decodeSecret } from '../_base64.js'

let lastSecret: string | undefined
let lastKey: Buffer | undefined

/** Decodes a secret once and reuses the key for the next call with the same secret (the common case: one key). */
export function _nodeKey(secret: string): Buffer {
  if (secret !== lastSecret || lastKey === undefined) {
    const bytes = _decodeSecret(secret)
    lastKey = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    lastSecret = secret
  }
  return lastKey
}
