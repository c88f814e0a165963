import { _parseJsonOption } from '../internal/_parseJsonOption.js'
import { _spotClient } from '../internal/_spotClient.js'
import type { Command } from '../types.js'

/** Arguments of {@link spot}: URL, `-X` and `-d` (JSON text). */
export type SpotArgs = { url: string; method?: string | undefined; data?: string | undefined }

/**
 * `kraken spot [-X METHOD] [-d JSON] URL`: any Spot REST endpoint through @k/spot-rest's `client.request`, as
 * python-kraken-sdk's `kraken spot`. URL is a full URL (its origin is used, so other Kraken hosts work) or a path on
 * KRAKEN_SPOT_URL; `/0/private/*` is signed and defaults to POST when `-X` is not given (Kraken accepts private calls
 * only as POST; python defaults to GET). Prints Kraken's `result`.
 *
 * @example
 * kraken spot https://api.kraken.com/0/public/Time
 * kraken spot -X POST /0/private/TradeBalance -d '{"asset":"DOT"}'
 */
export const spot: Command<SpotArgs> = async (args, context) => {
  const params = _parseJsonOption(args.data, '--data') ?? {}
  const url = new URL(args.url, 'relative:/')
  const isFull = url.protocol !== 'relative:'
  const auth = url.pathname.startsWith('/0/private/')
  const method = args.method ?? (auth ? 'POST' : 'GET')
  const client = await _spotClient(context, isFull ? url.origin : undefined)
  const query = url.search.slice(1)
  const result = await client.request(method, url.pathname, params, {
    auth,
    signal: context.signal,
    ...(query ? { query } : {}),
  })
  return { data: result }
}
