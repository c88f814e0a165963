import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link retrieveExport}. */
export const RetrieveExportParametersSchema = v.looseObject({
  /** The report id from `requestExportReport`. */
  id: NameSchema,
})

export type RetrieveExportParameters = v.InferInput<typeof RetrieveExportParametersSchema>

/** The report file (a zip archive) exactly as Kraken sent it; not parsed. */
export type RetrieveExportReturnType = Uint8Array

/**
 * Downloads a finished export report: the zip file's bytes, unparsed (write them to disk or unzip them). A JSON
 * error answer still throws a KrakenError. Permission: Export data.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/retrieve-export
 * - Python: `User.retrieve_export` (returns the raw response)
 *
 * @example
 * import { writeFile } from 'node:fs/promises'
 * import { createSpotClient, retrieveExport } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * await writeFile('trades.zip', await retrieveExport(client, { id: 'TCJA' }, { timeout: 60_000 }))
 */
export async function retrieveExport(
  client: SpotClient,
  parameters: RetrieveExportParameters,
  options?: RequestOptions,
): Promise<RetrieveExportReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(RetrieveExportParametersSchema, parameters, 'retrieveExport')
  return client.request<Uint8Array>('POST', '/0/private/RetrieveExport', body, { ...options, raw: true })
}
