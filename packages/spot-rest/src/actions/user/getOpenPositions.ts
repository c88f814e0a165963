import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { ListSchema } from '../../schemas/ListSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getOpenPositions} (Kraken's wire names; unknown keys are passed through). */
export const GetOpenPositionsParametersSchema = v.looseObject({
  /** Only these position txids; sent comma-joined. */
  txid: v.optional(ListSchema),
  /** Include profit/loss calculations. */
  docalcs: v.optional(v.boolean()),
  /** Consolidate positions by market/pair. */
  consolidation: v.optional(v.picklist(['market'])),
  /** xStocks view. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetOpenPositionsParameters = v.InferInput<typeof GetOpenPositionsParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetOpenPositionsReturnType = Record<string, Record<string, unknown>> | Array<Record<string, unknown>>

/**
 * Open margin positions. Permission: Query open orders & trades.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-open-positions
 * - Python: `User.get_open_positions`
 *
 * @example
 * import { createSpotClient, getOpenPositions } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getOpenPositions(client, { docalcs: true })
 */
export async function getOpenPositions(
  client: SpotClient,
  parameters: GetOpenPositionsParameters = {},
  options?: RequestOptions,
): Promise<GetOpenPositionsReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetOpenPositionsParametersSchema, parameters, 'getOpenPositions')
  return client.request<GetOpenPositionsReturnType>('POST', '/0/private/OpenPositions', body, options)
}
