import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link deleteExportReport} (Kraken's wire names; unknown keys are passed through). */
export const DeleteExportReportParametersSchema = v.looseObject({
  /** The report id. */
  id: NameSchema,
  /** `delete` a finished report or `cancel` a queued one (Python defaults to `delete`). */
  type: v.picklist(['cancel', 'delete']),
})

export type DeleteExportReportParameters = v.InferInput<typeof DeleteExportReportParametersSchema>

/** Kraken's `result`. */
export type DeleteExportReportReturnType = { delete?: boolean; cancel?: boolean }

/**
 * Deletes a finished export or cancels a queued one. Permission: Export data.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/remove-export
 * - Python: `User.delete_export_report`
 *
 * @example
 * import { createSpotClient, deleteExportReport } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await deleteExportReport(client, { id: 'TCJA', type: 'delete' })
 */
export async function deleteExportReport(
  client: SpotClient,
  parameters: DeleteExportReportParameters,
  options?: RequestOptions,
): Promise<DeleteExportReportReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(DeleteExportReportParametersSchema, parameters, 'deleteExportReport')
  return client.request<DeleteExportReportReturnType>('POST', '/0/private/RemoveExport', body, options)
}
