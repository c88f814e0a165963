import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSendStatus, FuturesSuccess } from '../../responses.js'
import { TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'
import { _checkOrderFields, OrderFields } from './_OrderFields.js'

export const CreateOrderParametersSchema = v.strictObject({
  ...OrderFields,
  /** Broker id (Kraken partners). */
  broker: v.optional(TextSchema),
  /** Reject the order if Kraken receives it after this ISO-8601 time. */
  processBefore: v.optional(TextSchema),
})

export type CreateOrderParameters = v.InferInput<typeof CreateOrderParametersSchema>
/** `sendStatus.status` is `placed`; every other status (e.g. `insufficientAvailableFunds`) is thrown as a KrakenError. */
export type CreateOrderReturnType = FuturesSuccess<{ sendStatus: FuturesSendStatus }>

/**
 * Places an order. Never retried by the SDK: on a timeout (`KrakenTimeoutError`, `details.sent: 'maybe'`) look the
 * order up by `cliOrdId` (`getOrdersStatus({ cliOrdIds })`) before sending it again.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/send-order
 * - Python: `Trade.create_order`
 *
 * @example
 * import { createFuturesClient, createOrder } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const { sendStatus } = await createOrder(client, { orderType: 'lmt', symbol: 'PF_XBTUSD', side: 'buy', size: '0.001', limitPrice: '30000', cliOrdId: 'my-1' })
 */
export async function createOrder(
  client: FuturesClient,
  parameters: CreateOrderParameters,
  options?: FuturesRequestOptions,
): Promise<CreateOrderReturnType> {
  const order = _parseParameters(CreateOrderParametersSchema, parameters, 'createOrder')
  _checkOrderFields(order, 'createOrder')
  return client.request('POST', '/derivatives/api/v3/sendorder', { body: order }, options)
}
