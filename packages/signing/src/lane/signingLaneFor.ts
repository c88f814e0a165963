import { SigningLane } from './SigningLane.js'

// One lane per nonce generator, shared by every client that uses it. Weak keys: a lane lives as long as its generator.
const lanes = new WeakMap<() => string, SigningLane>()

/**
 * The signing lane of a nonce generator. The generator defines the order of the nonces (one generator per API key),
 * so the lane that keeps them in order on the wire belongs to it, not to one client: every client sharing a generator
 * queues its signed calls in one lane, and their nonces reach Kraken in increasing order.
 *
 * `limit` applies when the lane is created: the first client to use a generator sets its concurrency; later callers
 * share the existing lane unchanged.
 *
 * @example
 * import { createNonce } from '@k/signing'
 * import { signingLaneFor } from '@k/signing/lane'
 * const nonce = createNonce()
 * const result = await signingLaneFor(nonce).run(async () => send(nonce()))
 */
export function signingLaneFor(nonce: () => string, limit = 1): SigningLane {
  let lane = lanes.get(nonce)
  if (!lane) {
    lane = new SigningLane(limit)
    lanes.set(nonce, lane)
  }
  return lane
}
