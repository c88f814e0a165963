import { createSpotClient } from '@k/spot-rest'
import { SpotWsClient } from '@k/spot-ws'
import type { TraderOptions } from '../types.js'
import type { _TraderContext } from './_TraderContext.js'

/** Builds a trader's internals from its options: the REST client, the WS factory, and the empty state. */
export function _createTraderContext(options: TraderOptions, emit: _TraderContext['emit']): _TraderContext {
  const { key, secret } = options
  const rest =
    options.restClient ??
    createSpotClient({
      baseUrl: options.baseUrl,
      key,
      secret,
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      ...(options.tier === undefined ? {} : { tier: options.tier }),
      ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    })
  return {
    options: { ...options, key: undefined, secret: undefined },
    rest,
    createWs: () =>
      new SpotWsClient({
        ...options.wsOptions,
        ...(key !== undefined && secret !== undefined ? { key, secret } : {}),
        ...(options.wsUrl === undefined ? {} : { url: options.wsUrl }),
        ...(options.authWsUrl === undefined ? {} : { authUrl: options.authWsUrl }),
        // Tokens come from the trader's REST client: one nonce generator and rate limiter per key.
        restClient: rest,
      }),
    emit,
    ws: undefined,
    live: undefined,
    privateUp: false,
    publicUp: false,
    assetPairs: undefined,
    pairMap: undefined,
    restStatus: undefined,
    tickerSeeds: new Map(),
  }
}
