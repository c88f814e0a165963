import type { WsRequester, WsRequestOptions } from '../types/WsRequester.js'

/** Seed 000 `CancelAllResult`. */
export type CancelAllResult = { count: number; warnings?: string[] }

/**
 * Cancels every open order of the account (also untriggered ones).
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/cancel_all
 * - Python: `send_message({"method": "cancel_all"})`
 *
 * @example
 * const { count } = await cancelAll(client)
 */
export async function cancelAll(client: WsRequester, options?: WsRequestOptions): Promise<CancelAllResult> {
  const [response] = await client.wsRequest('cancel_all', {}, options)
  return response!.result as CancelAllResult
}
