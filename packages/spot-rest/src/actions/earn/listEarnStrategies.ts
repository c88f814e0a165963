import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link listEarnStrategies} (Kraken's wire names; unknown keys are passed through). */
export const ListEarnStrategiesParametersSchema = v.looseObject({
  /** Sort ascending. */
  ascending: v.optional(v.boolean()),
  /** Filter by asset. */
  asset: v.optional(NameSchema),
  /** Page cursor. */
  cursor: v.optional(NameSchema),
  /** Page size. */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535))),
  /** Lock types to include. */
  lock_type: v.optional(v.pipe(v.array(v.picklist(['flex', 'bonded', 'timed', 'instant'])), v.minLength(1))),
})

export type ListEarnStrategiesParameters = v.InferInput<typeof ListEarnStrategiesParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type ListEarnStrategiesReturnType = {
  items: Array<{ id: string; asset: string; lock_type: Record<string, unknown>; [field: string]: unknown }>
  next_cursor?: string | null
}

/**
 * Earn strategies you can allocate to (sent as JSON: `lock_type` is a list). Needs an API key, no special permission.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/list-strategies
 * - Python: `Earn.list_earn_strategies`
 *
 * @example
 * import { createSpotClient, listEarnStrategies } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await listEarnStrategies(client, { asset: 'DOT', lock_type: ['bonded'] })
 */
export async function listEarnStrategies(
  client: SpotClient,
  parameters: ListEarnStrategiesParameters = {},
  options?: RequestOptions,
): Promise<ListEarnStrategiesReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(ListEarnStrategiesParametersSchema, parameters, 'listEarnStrategies')
  return client.request<ListEarnStrategiesReturnType>('POST', '/0/private/Earn/Strategies', body, options)
}
