import { _parseJsonOption } from '../internal/_parseJsonOption.js'
import { _spotRequest } from '../internal/_spotRequest.js'
import type { Command } from '../types.js'

export type SpotArgs = { url: string; method?: string | undefined; data?: string | undefined }

/**
 * `kraken spot [-X METHOD] [-d JSON] URL`: any Spot REST endpoint, as python-kraken-sdk's `kraken spot`. URL is a full
 * URL (its origin is used) or a path on KRAKEN_SPOT_URL; `/0/private/*` is signed, and defaults to POST when `-X` is
 * not given (Kraken accepts private calls only as POST). Prints Kraken's `result`.
 *
 * @example
 * kraken spot https://api.kraken.com/0/public/Time
 * kraken spot -X POST /0/private/TradeBalance -d '{"asset":"DOT"}'
 */
export const spot: Command<SpotArgs> = async (args, context) => {
  const params = _parseJsonOption(args.data, '--data')
  const isPrivate = /\/0\/private\//.test(args.url)
  const method = args.method ?? (isPrivate ? 'POST' : 'GET')
  return { data: await _spotRequest(context, { method, path: args.url, params, auth: isPrivate }) }
}
