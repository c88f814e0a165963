import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getExportReportStatus} (Kraken's wire names; unknown keys are passed through). */
export const GetExportReportStatusParametersSchema = v.looseObject({
  /** `trades` or `ledgers`. */
  report: v.picklist(['trades', 'ledgers']),
})

export type GetExportReportStatusParameters = v.InferInput<typeof GetExportReportStatusParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetExportReportStatusReturnType = Array<{
  id: string
  descr: string
  format: string
  report: string
  status: string
  createdtm: string
  starttm: string
  endtm: string
  completedtm?: string
  datastarttm?: string
  dataendtm?: string
  [field: string]: unknown
}>

/**
 * Status of your export reports of one kind. Permission: Export data.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/export-status
 * - Python: `User.get_export_report_status`
 *
 * @example
 * import { createSpotClient, getExportReportStatus } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getExportReportStatus(client, { report: 'trades' })
 */
export async function getExportReportStatus(
  client: SpotClient,
  parameters: GetExportReportStatusParameters,
  options?: RequestOptions,
): Promise<GetExportReportStatusReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetExportReportStatusParametersSchema, parameters, 'getExportReportStatus')
  return client.request<GetExportReportStatusReturnType>('POST', '/0/private/ExportStatus', body, options)
}
