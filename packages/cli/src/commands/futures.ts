import { _futuresRequest } from '../internal/_futuresRequest.js'
import { _parseJsonOption } from '../internal/_parseJsonOption.js'
import type { Command } from '../types.js'

export type FuturesArgs = {
  url: string
  method?: string | undefined
  data?: string | undefined
  query?: string | undefined
}

/**
 * `kraken futures [-X METHOD] [-d JSON] [-q JSON] URL`: any Futures REST endpoint, as python-kraken-sdk's
 * `kraken futures`. `-q` is the query, `-d` the POST body (for PUT: query parameters, Kraken's quirk). Calls under
 * `/derivatives/` and `/api/history/` are signed when credentials are set. Prints the whole JSON answer.
 *
 * @example
 * kraken futures https://futures.kraken.com/api/charts/v1/spot/PI_XBTUSD/1d
 * kraken futures /derivatives/api/v3/openpositions
 */
export const futures: Command<FuturesArgs> = async (args, context) => {
  const body = _parseJsonOption(args.data, '--data')
  const query = _parseJsonOption(args.query, '--query')
  return { data: await _futuresRequest(context, { method: args.method ?? 'GET', path: args.url, query, body }) }
}
