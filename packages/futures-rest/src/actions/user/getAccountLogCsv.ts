import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import { BooleanSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

export const GetAccountLogCsvParametersSchema = v.strictObject({
  /** Include conversion details. */
  conversion_details: v.optional(BooleanSchema),
})

export type GetAccountLogCsvParameters = v.InferInput<typeof GetAccountLogCsvParametersSchema>
export type GetAccountLogCsvReturnType = string

/**
 * Your account log as CSV text.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/history/account-log-csv
 * - Python: `User.get_account_log_csv`
 *
 * @example
 * import { createFuturesClient, getAccountLogCsv } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const result = await getAccountLogCsv(client)
 */
export async function getAccountLogCsv(
  client: FuturesClient,
  parameters: GetAccountLogCsvParameters = {},
  options?: FuturesRequestOptions,
): Promise<GetAccountLogCsvReturnType> {
  const wire = _parseParameters(GetAccountLogCsvParametersSchema, parameters, 'getAccountLogCsv')
  return client.request('GET', '/api/history/v3/accountlogcsv', { query: wire }, options)
}
