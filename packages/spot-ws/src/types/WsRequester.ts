import type { MethodResponse } from './SpotWsMessage.js'

/** SDK options of one awaited request (separate from Kraken's wire params). */
export type WsRequestOptions = {
  /** Milliseconds to wait for the answer. Default: the client's `requestTimeout` (10 000). */
  timeout?: number
  /** Your own `req_id` (an integer); by default the client numbers requests itself. */
  reqId?: number
}

/** What the trading actions need from a client: send one request, await its answer(s) by `req_id`. */
export type WsRequester = {
  wsRequest(
    method: string,
    params: Record<string, unknown> | undefined,
    options?: WsRequestOptions & { expected?: number },
  ): Promise<MethodResponse[]>
}
