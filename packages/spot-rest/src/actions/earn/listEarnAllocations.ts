import * as v from 'valibot'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { SpotClient } from '../../SpotClient.js'
import { NameSchema } from '../../schemas/NameSchema.js'
import type { RequestOptions } from '../../types.js'

/** Parameters of {@link listEarnAllocations} (Kraken's wire names; unknown keys are passed through). */
export const ListEarnAllocationsParametersSchema = v.looseObject({
  /** Sort ascending. */
  ascending: v.optional(v.boolean()),
  /** Asset to convert totals to (default USD). */
  converted_asset: v.optional(NameSchema),
  /** Hide strategies with nothing allocated. */
  hide_zero_allocations: v.optional(v.boolean()),
})

export type ListEarnAllocationsParameters = v.InferInput<typeof ListEarnAllocationsParametersSchema>

/** Kraken's `result`; decimals are strings. */
export type ListEarnAllocationsReturnType = {
  converted_asset: string
  total_allocated: string
  total_rewarded: string
  next_cursor?: string | null
  items: Array<Record<string, unknown>>
}

/**
 * Your current Earn allocations, totals converted to one asset. Permission: Query funds.
 *
 * - Kraken: https://docs.kraken.com/api/docs/rest-api/list-allocations
 * - Python: `Earn.list_earn_allocations`
 *
 * @example
 * import { createSpotClient, listEarnAllocations } from '@k/spot-rest'
 * const client = createSpotClient({ key, secret })
 * const result = await listEarnAllocations(client, { hide_zero_allocations: true })
 */
export async function listEarnAllocations(
  client: SpotClient,
  parameters: ListEarnAllocationsParameters = {},
  options?: RequestOptions,
): Promise<ListEarnAllocationsReturnType> {
  // Validation happens before any nonce, rate-limit cost or request; failure is a KrakenValidationError.
  const body = _parseParameters(ListEarnAllocationsParametersSchema, parameters, 'listEarnAllocations')
  return client.request<ListEarnAllocationsReturnType>('POST', '/0/private/Earn/Allocations', body, options)
}
