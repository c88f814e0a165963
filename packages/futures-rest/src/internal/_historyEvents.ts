import * as v from 'valibot'
import type { FuturesClient } from '../FuturesClient.js'
import type { FuturesHistoryPage } from '../responses.js'
import { IntegerSchema, TextSchema } from '../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../types.js'
import type { FormValue } from './_encodeForm.js'
import { _parseParameters } from './_parseParameters.js'

/** Accepted aliases (python-kraken-sdk names and seed errata) → Kraken's wire name. */
const ALIASES = { continuationToken: 'continuation_token' } as const

/**
 * The time window and paging parameters every Futures history events endpoint (`/api/history/v3/…`) takes, in
 * this order; spread into each action's `v.strictObject`.
 */
export const _historyPageEntries = {
  /** Only events at or after this time (ms since the epoch). */
  since: v.optional(IntegerSchema),
  /** Only events before this time (ms since the epoch). */
  before: v.optional(IntegerSchema),
  /** Order of the results (Kraken default `desc`). */
  sort: v.optional(v.picklist(['asc', 'desc'])),
  /** Opaque token from the previous page (`continuationToken`) to continue listing. */
  continuation_token: v.optional(TextSchema),
  /** Maximum number of results. */
  count: v.optional(IntegerSchema),
}

/**
 * Validates a history action's parameters (accepting `continuationToken` for `continuation_token`) and GETs one
 * page of your own events from `path` (e.g. `/api/history/v3/orders`) with them in the query.
 */
export async function _getHistoryEvents<TSchema extends v.GenericSchema<unknown, Record<string, FormValue>>>(
  client: FuturesClient,
  action: string,
  schema: TSchema,
  parameters: unknown,
  path: string,
  options: FuturesRequestOptions | undefined,
): Promise<FuturesHistoryPage> {
  const wire = _parseParameters(schema, parameters, action, ALIASES)
  return client.request('GET', path, { query: wire }, options)
}

/**
 * Validates a public history action's parameters (accepting `continuationToken` for `continuation_token`) and GETs
 * one page of `/api/history/v3/market/<tradeable>/<feed>`, the other parameters in the query.
 */
export async function _getPublicHistoryEvents<
  TSchema extends v.GenericSchema<unknown, { tradeable: string } & Record<string, FormValue>>,
>(
  client: FuturesClient,
  action: string,
  schema: TSchema,
  parameters: unknown,
  feed: 'executions' | 'price' | 'orders',
  options: FuturesRequestOptions | undefined,
): Promise<FuturesHistoryPage> {
  const { tradeable, ...wire } = _parseParameters(schema, parameters, action, ALIASES)
  return client.request(
    'GET',
    `/api/history/v3/market/${encodeURIComponent(tradeable)}/${feed}`,
    { query: wire },
    options,
  )
}
