import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import { BooleanSchema, IntegerSchema, TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

/** Accepted aliases (python-kraken-sdk names and seed errata) → Kraken's wire name. */
const ALIASES = { from_: 'from' } as const

export const GetAccountLogParametersSchema = v.strictObject({
  /** Only entries before this time (ms). */
  before: v.optional(IntegerSchema),
  /** Maximum entries (Kraken default 500). */
  count: v.optional(IntegerSchema),
  /** First entry id. */
  from: v.optional(IntegerSchema),
  /** Only entries of this kind, e.g. `futures trade`. */
  info: v.optional(TextSchema),
  /** Only entries at or after this time (ms). */
  since: v.optional(IntegerSchema),
  /** Order (default `desc`). */
  sort: v.optional(v.picklist(['asc', 'desc'])),
  /** Last entry id. */
  to: v.optional(IntegerSchema),
  /** Include conversion details. */
  conversion_details: v.optional(BooleanSchema),
})

export type GetAccountLogParameters = v.InferInput<typeof GetAccountLogParametersSchema>
export type GetAccountLogReturnType = {
  accountUid: string
  logs: Array<Record<string, unknown> & { id: number; date: string; info: string }>
}

/**
 * Your account log (balance changes with their reason). Costs 1–10 history tokens depending on `count`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/history/account-log
 * - Python: `User.get_account_log`
 *
 * @example
 * import { createFuturesClient, getAccountLog } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getAccountLog(client, { count: 25 })
 */
export async function getAccountLog(
  client: FuturesClient,
  parameters: GetAccountLogParameters & { /** @deprecated Use `from`. */ from_?: GetAccountLogParameters['from'] } = {},
  options?: FuturesRequestOptions,
): Promise<GetAccountLogReturnType> {
  const wire = _parseParameters(GetAccountLogParametersSchema, parameters, 'getAccountLog', ALIASES)
  return client.request('GET', '/api/history/v3/account-log', { query: wire }, options)
}
