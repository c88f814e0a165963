import { _Lane } from './_Lane.js'

// One lane per nonce generator, shared by every client that uses it. Weak keys: a lane lives as long as its generator.
const lanes = new WeakMap<() => string, _Lane>()

/**
 * The signing lane of a nonce generator. The generator defines the order of the nonces (one generator per API key),
 * so the lane that keeps them in order on the wire belongs to it, not to one client: several `SpotClient`s sharing a
 * generator queue their signed calls in one lane, and their nonces reach Kraken in increasing order.
 *
 * `limit` applies when the lane is created: the first client to use a generator sets its concurrency; later clients
 * with another `privateConcurrency` share the existing lane unchanged.
 */
export function _laneFor(nonce: () => string, limit: number): _Lane {
  let lane = lanes.get(nonce)
  if (!lane) {
    lane = new _Lane(limit)
    lanes.set(nonce, lane)
  }
  return lane
}
