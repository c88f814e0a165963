import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { ListSchema } from '../../schemas/ListSchema.js'
import { RebaseMultiplierSchema } from '../../schemas/RebaseMultiplierSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link getTradeVolume} (Kraken's wire names; unknown keys are passed through). */
export const GetTradeVolumeParametersSchema = v.looseObject({
  /** Pairs to get fee info for; sent comma-joined. */
  pair: v.optional(ListSchema),
  /** Legacy flag python-kraken-sdk sends (hyphenated wire name). */
  'fee-info': v.optional(v.boolean()),
  /** xStocks view. */
  rebase_multiplier: v.optional(RebaseMultiplierSchema),
})

export type GetTradeVolumeParameters = v.InferInput<typeof GetTradeVolumeParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type GetTradeVolumeReturnType = {
  currency: string
  volume: string
  fees?: Record<string, Record<string, string>>
  fees_maker?: Record<string, Record<string, string>>
}

/**
 * 30-day USD volume and the fee tiers of the given pairs. Permission: Query funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/get-trade-volume
 * - Python: `User.get_trade_volume`
 *
 * @example
 * import { createSpotClient, getTradeVolume } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await getTradeVolume(client, { pair: 'XBTUSD' })
 */
export async function getTradeVolume(
  client: SpotClient,
  parameters: GetTradeVolumeParameters = {},
  options?: RequestOptions,
): Promise<GetTradeVolumeReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(GetTradeVolumeParametersSchema, parameters, 'getTradeVolume')
  return client.request<GetTradeVolumeReturnType>('POST', '/0/private/TradeVolume', body, options)
}
