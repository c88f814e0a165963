import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'
import { FUTURES_PRIVATE_FEEDS, FUTURES_PUBLIC_FEEDS, type FuturesFeed, isFuturesPrivateFeed } from '../FuturesFeed.js'

/** Parameters of `subscribe` / `unsubscribe`: Kraken's wire names. */
export const FuturesSubscribeParametersSchema = v.object({
  /** One of {@link FUTURES_PUBLIC_FEEDS} or {@link FUTURES_PRIVATE_FEEDS}. */
  feed: v.picklist([...FUTURES_PUBLIC_FEEDS, ...FUTURES_PRIVATE_FEEDS], 'must be a Futures WS feed name'),
  /** Products of a public feed (`['PI_XBTUSD']`); Kraken requires them for every public feed except heartbeat. */
  product_ids: v.optional(
    v.pipe(
      v.array(v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty')), 'must be an array of product ids'),
      v.minLength(1, 'must list at least one product'),
    ),
  ),
})

/** `{ feed, product_ids? }` as `subscribe`, `unsubscribe` and `stream` take them. */
export type FuturesSubscribeParameters = v.InferInput<typeof FuturesSubscribeParametersSchema>

/** Validates before anything is sent; failure is a KrakenValidationError naming the parameter. */
export function _parseSubscribeParameters(
  parameters: unknown,
  method: string,
): { feed: FuturesFeed; product_ids: string[] | undefined } {
  const result = v.safeParse(FuturesSubscribeParametersSchema, parameters)
  if (!result.success) {
    const issue = result.issues[0]
    const field = issue.path?.map((item) => String(item.key)).join('.') || 'feed'
    throw new KrakenValidationError(`${method}: \`${field}\` ${issue.message}.`, { field })
  }
  const { feed, product_ids } = result.output
  // python-kraken-sdk: "There is no private feed that accepts products!"
  if (isFuturesPrivateFeed(feed) && product_ids !== undefined) {
    throw new KrakenValidationError(`${method}: \`product_ids\` is not accepted by the private feed ${feed}.`, {
      field: 'product_ids',
    })
  }
  if (!isFuturesPrivateFeed(feed) && feed !== 'heartbeat' && product_ids === undefined) {
    throw new KrakenValidationError(`${method}: \`product_ids\` is required for the public feed ${feed}.`, {
      field: 'product_ids',
    })
  }
  return { feed, product_ids }
}
