import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { ListSchema } from '../../schemas/ListSchema.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link requestExportReport} (Kraken's wire names; unknown keys are passed through). */
export const RequestExportReportParametersSchema = v.looseObject({
  /** `trades` or `ledgers`. */
  report: v.picklist(['trades', 'ledgers']),
  /** Your name for the report. */
  description: NameSchema,
  /** File format (default `CSV`). */
  format: v.optional(v.picklist(['CSV', 'TSV'])),
  /** Fields to include (default `all`); sent comma-joined. */
  fields: v.optional(ListSchema),
  /** Start Unix time. */
  starttm: v.optional(v.pipe(v.number(), v.integer())),
  /** End Unix time. */
  endtm: v.optional(v.pipe(v.number(), v.integer())),
})

export type RequestExportReportParameters = v.InferInput<typeof RequestExportReportParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type RequestExportReportReturnType = { id: string }

/**
 * Requests a trades or ledgers export; returns its `id` (poll `getExportReportStatus`, then `retrieveExport`). Permission: Export data.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/add-export
 * - Python: `User.request_export_report`
 *
 * @example
 * import { createSpotClient, requestExportReport } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await requestExportReport(client, { report: 'trades', description: 'my trades' })
 */
export async function requestExportReport(
  client: SpotClient,
  parameters: RequestExportReportParameters,
  options?: RequestOptions,
): Promise<RequestExportReportReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(RequestExportReportParametersSchema, parameters, 'requestExportReport')
  return client.request<RequestExportReportReturnType>('POST', '/0/private/AddExport', body, options)
}
