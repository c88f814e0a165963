import { KrakenAuthenticationError, KrakenValidationError } from '@k/errors'
import type { MethodResponse } from '../types/SpotWsMessage.js'
import type { WsRequestOptions } from '../types/WsRequester.js'
import { _isPrivateMethod } from './_checkOutgoing.js'
import { _isTokenError } from './_isTokenError.js'
import { _jsonWithDecimals } from './_jsonWithDecimals.js'
import type { _SpotWsContext } from './_SpotWsContext.js'
import { _spotDecimalKeys } from './_spotDecimalKeys.js'

/**
 * `SpotWsClient.wsRequest`: sends one request over the right connection (trading methods over the private one,
 * with the token) and resolves with its answer(s), matched by `req_id`. Trading requests are never re-sent: a
 * timeout or a dropped socket rejects with `details.sent: 'maybe'`.
 */
export async function _sendWsRequest(
  ctx: _SpotWsContext,
  method: string,
  params: Record<string, unknown> | undefined,
  options: WsRequestOptions & { expected?: number },
): Promise<MethodResponse[]> {
  const isTrading = _isPrivateMethod(method)
  if (isTrading && !ctx.isAuthenticated()) {
    throw new KrakenAuthenticationError(`"${method}" needs an authenticated client (key and secret).`, {
      code: 'EAPI:Invalid key',
    })
  }
  const connection = ctx.connections.pick(isTrading)
  let body = ctx.prepareParams(method, params)
  if (isTrading) body = { ...body, token: await ctx.tokens!.get() }
  const reqId = options.reqId ?? ctx.nextReqId()
  if (ctx.pending.has(reqId))
    throw new KrakenValidationError(`req_id ${reqId} is already waiting for an answer.`, { field: 'req_id' })
  const answer = ctx.pending.add(reqId, {
    method,
    connection: ctx.connections.nameOf(connection),
    expected: options.expected ?? 1,
    isTrading,
    timeoutMs: options.timeout ?? ctx.options.requestTimeout ?? 10_000,
  })
  try {
    connection.send(_jsonWithDecimals({ method, params: body, req_id: reqId }, _spotDecimalKeys))
  } catch (error) {
    ctx.pending.cancel(reqId)
    answer.catch(() => {})
    throw error
  }
  return answer.catch((error: unknown) => {
    // An expired token fails the request (it never reached the engine); the next request uses a fresh token.
    if (_isTokenError(error)) void ctx.tokens?.refresh().catch(() => {})
    throw error
  })
}
