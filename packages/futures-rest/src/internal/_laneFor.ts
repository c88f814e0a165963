import { _Lane } from './_Lane.js'

// One lane per nonce generator, shared by every client that uses it. Weak keys: a lane lives as long as its generator.
const lanes = new WeakMap<() => string, _Lane>()

/**
 * The signing lane of a nonce generator. The generator defines the order of the nonces (one generator per API key),
 * so the lane that keeps them in order on the wire belongs to it, not to one client: several `FuturesClient`s sharing a
 * generator queue their signed calls in one lane, and their nonces reach Kraken in increasing order.
 * One signed request at a time: Kraken Futures has no nonce window.
 */
export function _laneFor(nonce: () => string): _Lane {
  let lane = lanes.get(nonce)
  if (!lane) {
    lane = new _Lane(1)
    lanes.set(nonce, lane)
  }
  return lane
}
