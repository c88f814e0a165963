import { SpotClient } from './SpotClient.js'
import type { SpotClientOptions } from './types.js'

/**
 * Creates a {@link SpotClient}: one nonce generator, one rate limiter and one HTTP stack for every action you pass
 * it to. Public data needs no options; private endpoints need `key` and `secret`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/guides/spot-rest-intro
 * - Python: `kraken.base_api.SpotClient(key, secret, url)`
 *
 * @example
 * import { createSpotClient, getTicker } from '@k/spot-rest'
 * const client = createSpotClient({ tier: 'intermediate' })
 * const ticker = await getTicker(client, { pair: 'XBTUSD' })
 */
/* @__NO_SIDE_EFFECTS__ */
export function createSpotClient(options: SpotClientOptions = {}): SpotClient {
  return new SpotClient(options)
}
