import { createSecretKey, type KeyObject } from 'node:crypto'
import { _decodeSecret } from './_decodeSecret.js'

// One-entry cache: nearly every process signs with one key, so decoding the secret (and building the KeyObject)
// happens once instead of on every request. The secret stays in this closure, never on an exported object.
let lastSecret: string | undefined
let lastKey: KeyObject | undefined

/** The HMAC key for `secret`, decoded and validated once. */
export function _nodeKey(secret: string): KeyObject {
  if (secret !== lastSecret || lastKey === undefined) {
    const bytes = _decodeSecret(secret)
    lastKey = createSecretKey(bytes)
    lastSecret = secret
  }
  return lastKey
}
