import { _futuresClient } from '../internal/_futuresClient.js'
import { _parseJsonOption } from '../internal/_parseJsonOption.js'
import type { Command } from '../types.js'

/** Arguments of {@link futures}: URL, `-X`, `-d` and `-q` (JSON text). */
export type FuturesArgs = {
  url: string
  method?: string | undefined
  data?: string | undefined
  query?: string | undefined
}

type FormRecord = Record<string, never>

/**
 * `kraken futures [-X METHOD] [-d JSON] [-q JSON] URL`: any Futures REST endpoint through @k/futures-rest's
 * `client.request`, as python-kraken-sdk's `kraken futures`. `-q` is the query, `-d` the POST body (for PUT: query
 * parameters, Kraken's quirk). Private endpoints are signed with the Futures credentials (unknown paths are signed
 * whenever credentials are set). Prints the whole JSON answer.
 *
 * @example
 * kraken futures https://futures.kraken.com/api/charts/v1/spot/PI_XBTUSD/1d
 * kraken futures /derivatives/api/v3/openpositions
 */
export const futures: Command<FuturesArgs> = async (args, context) => {
  const body = _parseJsonOption(args.data, '--data')
  const query = _parseJsonOption(args.query, '--query')
  const url = new URL(args.url, 'relative:/')
  const isFull = url.protocol !== 'relative:'
  // A query written into the URL is kept, with -q's keys winning.
  const fromUrl = Object.fromEntries(url.searchParams)
  const client = await _futuresClient(context, isFull ? url.origin : undefined)
  const parameters = {
    ...(query || url.search ? { query: { ...fromUrl, ...query } as FormRecord } : {}),
    ...(body ? { body: body as FormRecord } : {}),
  }
  const answer = await client.request(args.method ?? 'GET', url.pathname, parameters, { signal: context.signal })
  return { data: answer }
}
