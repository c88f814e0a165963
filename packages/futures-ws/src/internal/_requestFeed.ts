import { KrakenAuthenticationError } from '@k/errors'
import { isFuturesPrivateFeed } from '../FuturesFeed.js'
import type { FuturesSubscriptionEventMessage } from '../messages/FuturesEventMessage.js'
import type { _FuturesWsState } from './_FuturesWsState.js'
import { _parseSubscribeParameters, type FuturesSubscribeParameters } from './_parseSubscribeParameters.js'
import { _requestSubscription } from './_requestSubscription.js'
import { _notConnected } from './_wsErrors.js'

/**
 * `FuturesWsClient.subscribe` / `unsubscribe`: validates (before anything is sent), needs credentials for a private
 * feed and a client that was connected, waits for a first connect still under way, then sends one request per
 * product (python-kraken-sdk does the same) and resolves with all acks.
 */
export async function _requestFeed(
  state: _FuturesWsState,
  kind: 'subscribe' | 'unsubscribe',
  parameters: FuturesSubscribeParameters,
  isAuth: boolean,
): Promise<FuturesSubscriptionEventMessage[]> {
  const { feed, product_ids } = _parseSubscribeParameters(parameters, kind)
  if (isFuturesPrivateFeed(feed) && !isAuth) {
    throw new KrakenAuthenticationError(`The private feed ${feed} needs a Futures API key and secret.`, {
      code: 'EMissingCredentials',
      details: { endpoint: `ws ${kind} ${feed}`, sent: 'no' },
    })
  }
  if (state.status === 'idle' || state.status === 'closed')
    throw _notConnected(`ws ${kind} ${feed}`, 'call connect() first')
  if (!state.hasConnected) await state.connecting?.promise
  return Promise.all(
    (product_ids ?? [undefined]).map((product) => _requestSubscription(state, kind, feed, product, false)),
  )
}
