import * as v from 'valibot'
import type { FuturesClient } from '../../FuturesClient.js'
import { _parseParameters } from '../../internal/_parseParameters.js'
import type { FuturesSuccess } from '../../responses.js'
import { TextSchema } from '../../schemas/Decimal.js'
import type { FuturesRequestOptions } from '../../types.js'

const IdListSchema = v.pipe(
  v.union([TextSchema, v.pipe(v.array(TextSchema), v.minLength(1, 'At least one id'))]),
  v.transform((value) => (typeof value === 'string' ? [value] : value)),
)

/** python-kraken-sdk spellings (the seed's `cliOrderIds`, the parameter list's `cliOrdId`) → the wire name. */
const ALIASES = { cliOrderIds: 'cliOrdIds', cliOrdId: 'cliOrdIds' } as const

export const GetOrdersStatusParametersSchema = v.strictObject({
  /** Order ids, sent as repeated keys (`orderIds=a&orderIds=b`). */
  orderIds: v.optional(IdListSchema),
  /** Client order ids, sent as repeated keys. */
  cliOrdIds: v.optional(IdListSchema),
})

export type GetOrdersStatusParameters = v.InferInput<typeof GetOrdersStatusParametersSchema>
export type GetOrdersStatusReturnType = FuturesSuccess<{
  orders: Array<{
    order: Record<string, unknown> & { orderId: string; cliOrdId: string | null }
    status: string
    updateReason: unknown
    error: unknown
  }>
}>

/**
 * Status of open orders by id or client id: the way to reconcile after a timed-out order call.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/get-order-status
 * - Python: `Trade.get_orders_status` (`cliOrderIds` / `cliOrdId` accepted as aliases of `cliOrdIds`)
 *
 * @example
 * import { createFuturesClient, getOrdersStatus } from '@k/futures-rest'
 * const client = createFuturesClient({ key, secret })
 * const { orders } = await getOrdersStatus(client, { cliOrdIds: ['my-1', 'my-2'] })
 */
export async function getOrdersStatus(
  client: FuturesClient,
  parameters: GetOrdersStatusParameters & {
    /** @deprecated Use `cliOrdIds`. */ cliOrderIds?: GetOrdersStatusParameters['cliOrdIds']
    /** @deprecated Use `cliOrdIds`. */ cliOrdId?: GetOrdersStatusParameters['cliOrdIds']
  } = {},
  options?: FuturesRequestOptions,
): Promise<GetOrdersStatusReturnType> {
  const wire = _parseParameters(GetOrdersStatusParametersSchema, parameters, 'getOrdersStatus', ALIASES)
  // Repeated keys, not comma-joined or JSON (ccxt #27744: "UUID string too large").
  return client.request('POST', '/derivatives/api/v3/orders/status', { body: wire }, options)
}
