import { _spotClient } from '../internal/_spotClient.js'
import type { Command } from '../types.js'

type Order = {
  status?: string
  opentm?: number
  closetm?: number
  vol?: string
  vol_exec?: string
  descr?: { pair?: string; type?: string; ordertype?: string; price?: string; order?: string }
}

/**
 * `kraken orders [--closed]`: open orders (`POST /0/private/OpenOrders`, python `User.get_open_orders`) or closed ones
 * (`POST /0/private/ClosedOrders`, `User.get_closed_orders`). https://docs.kraken.com/api/docs/rest-api/get-open-orders
 *
 * @example
 * kraken orders
 * kraken orders --closed
 */
export const orders: Command<{ closed?: boolean | undefined }> = async (args, context) => {
  const { getClosedOrders, getOpenOrders } = await import('@k/spot-rest')
  const client = await _spotClient(context)
  const options = { signal: context.signal }
  const result = (await (args.closed ? getClosedOrders(client, {}, options) : getOpenOrders(client, {}, options))) as {
    open?: Record<string, Order>
    closed?: Record<string, Order>
  }
  const list = (args.closed ? result.closed : result.open) ?? {}
  const rows = Object.entries(list).map(([txid, order]) => ({
    txid,
    pair: order.descr?.pair,
    side: order.descr?.type,
    type: order.descr?.ordertype,
    price: order.descr?.price,
    volume: order.vol,
    filled: order.vol_exec,
    status: order.status,
    opened: order.opentm ? new Date(order.opentm * 1000).toISOString() : undefined,
  }))
  return {
    data: result,
    rows,
    columns: [
      { key: 'txid', title: 'TXID' },
      { key: 'pair', title: 'PAIR' },
      { key: 'side', title: 'SIDE' },
      { key: 'type', title: 'TYPE' },
      { key: 'price', title: 'PRICE' },
      { key: 'volume', title: 'VOLUME' },
      { key: 'filled', title: 'FILLED' },
      { key: 'status', title: 'STATUS' },
      { key: 'opened', title: 'OPENED' },
    ],
    ...(rows.length === 0 ? { text: args.closed ? 'No closed orders.' : 'No open orders.' } : {}),
  }
}
