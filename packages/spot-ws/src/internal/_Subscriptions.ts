import { KrakenAuthenticationError, type KrakenError } from '@k/errors'
import { type SubscribeParameters, SubscribeParametersSchema } from '../schemas/SubscribeParametersSchema.js'
import type { MethodResponse } from '../types/SpotWsMessage.js'
import type { WsConnectionName } from '../types/WsConnectionName.js'
import { _isPrivateChannel } from './_checkOutgoing.js'
import { _isTokenError } from './_isTokenError.js'
import { _parseParameters } from './_parseParameters.js'
import { _replaySubscriptions } from './_replaySubscriptions.js'
import type { _SpotWsContext } from './_SpotWsContext.js'
import { _SubscriptionStore } from './_SubscriptionStore.js'

/**
 * Subscription bookkeeping of a `SpotWsClient`: sends subscribe/unsubscribe with awaited acks (one per symbol),
 * records acks per connection with the params that were asked, and replays them after a reconnect. An
 * `EAPI:Invalid token` answer on a private channel fetches a fresh token and retries once.
 */
export class _Subscriptions {
  readonly #stores: Record<WsConnectionName, _SubscriptionStore> = {
    public: new _SubscriptionStore(),
    private: new _SubscriptionStore(),
  }
  /** Subscribe/unsubscribe params by `req_id`, so acks can be stored with what was asked. */
  readonly #requested = new Map<number, Record<string, unknown>>()

  readonly #ctx: _SpotWsContext

  constructor(ctx: _SpotWsContext) {
    this.#ctx = ctx
  }

  /** Acked subscriptions of one connection (deep copies). */
  list(name: WsConnectionName): Array<Record<string, unknown>> {
    return this.#stores[name].list()
  }

  /** Records a subscribe/unsubscribe ack with the params of its request. */
  onAck(message: Record<string, unknown>, name: WsConnectionName): void {
    const requested = typeof message.req_id === 'number' ? this.#requested.get(message.req_id) : undefined
    this.#stores[name].onAck(message, requested)
  }

  /** Re-subscribes a reconnected connection's acked subscriptions, paced (see `_replaySubscriptions`). */
  replay(name: WsConnectionName, subscribe: (params: SubscribeParameters) => Promise<unknown>): void {
    const options = this.#ctx.options
    void _replaySubscriptions({
      store: this.#stores[name],
      batchSize: options.replayBatchSize ?? 50,
      messagesPerSecond: options.replayMessagesPerSecond ?? 10,
      isOpen: () => this.#ctx.connections.isOpen(name),
      subscribe: (params) => subscribe(params as SubscribeParameters),
      onError: (error) => this.#ctx.emit('error', error as KrakenError),
    })
  }

  /** Sends a subscribe or unsubscribe and resolves with its acks. */
  async request(
    method: 'subscribe' | 'unsubscribe',
    params: SubscribeParameters,
    reqId?: number,
    isRetry = false,
  ): Promise<MethodResponse[]> {
    const ctx = this.#ctx
    const parsed = _parseParameters(SubscribeParametersSchema, params, method)
    const isPrivate = _isPrivateChannel(parsed.channel)
    if (isPrivate && !ctx.isAuthenticated()) {
      throw new KrakenAuthenticationError(`The ${parsed.channel} channel needs an authenticated client.`, {
        code: 'EAPI:Invalid key',
      })
    }
    const body: Record<string, unknown> = { ...ctx.prepareParams(method, parsed) }
    const id = reqId ?? ctx.nextReqId()
    this.#requested.set(id, { ...body })
    if (isPrivate) body.token = await ctx.tokens!.get()
    const connection = ctx.connections.pick(isPrivate)
    const answer = ctx.pending.add(id, {
      method,
      connection: ctx.connections.nameOf(connection),
      expected: parsed.symbol?.length ?? 1,
      isTrading: false,
      timeoutMs: ctx.options.requestTimeout ?? 10_000,
    })
    try {
      try {
        connection.send(JSON.stringify({ method, params: body, req_id: id }))
      } catch (error) {
        ctx.pending.cancel(id)
        throw error
      }
      return await answer
    } catch (error) {
      answer.catch(() => {})
      if (isPrivate && !isRetry && _isTokenError(error)) {
        await ctx.tokens!.refresh()
        return this.request(method, params, undefined, true)
      }
      throw error
    } finally {
      this.#requested.delete(id)
    }
  }
}
