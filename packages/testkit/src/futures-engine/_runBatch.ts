import type { FuturesAccount } from './FuturesAccount.js'
import type { FuturesEngine } from './FuturesEngine.js'

/**
 * Runs batchorder instructions in order: `send` (its `order_tag` maps later instructions and the answer back),
 * `edit` and `cancel` by `order_id`, `cliOrdId` or an earlier `order_tag`. One status object per instruction.
 */
export function _runBatch(
  engine: FuturesEngine,
  account: FuturesAccount,
  instructions: ReadonlyArray<Record<string, unknown>>,
): unknown[] {
  const tags = new Map<string, string>()
  return instructions.map((instruction) => {
    const text = (name: string) =>
      instruction[name] === undefined || instruction[name] === null ? undefined : String(instruction[name])
    const number = (name: string) =>
      instruction[name] === undefined || instruction[name] === null ? undefined : Number(instruction[name])
    if (instruction.order === 'send') {
      const result = engine.sendOrder(account, {
        orderType: text('orderType') ?? '',
        symbol: text('symbol') ?? '',
        side: text('side') ?? '',
        size: number('size') ?? Number.NaN,
        limitPrice: number('limitPrice'),
        stopPrice: number('stopPrice'),
        cliOrdId: text('cliOrdId'),
        reduceOnly: instruction.reduceOnly === true || instruction.reduceOnly === 'true',
        triggerSignal: text('triggerSignal'),
        trailingStopMaxDeviation: number('trailingStopMaxDeviation'),
        trailingStopDeviationUnit: text('trailingStopDeviationUnit'),
      })
      if (text('order_tag') !== undefined && result.order_id) tags.set(text('order_tag') as string, result.order_id)
      return {
        status: result.status,
        order_tag: text('order_tag'),
        order_id: result.order_id,
        dateTimeReceived: result.receivedTime,
        orderEvents: result.orderEvents,
      }
    }
    const orderId = text('order_id') ?? (text('order_tag') ? tags.get(text('order_tag') as string) : undefined)
    if (instruction.order === 'edit') {
      const result = engine.editOrder(account, {
        orderId,
        cliOrdId: text('cliOrdId'),
        size: number('size'),
        limitPrice: number('limitPrice'),
        stopPrice: number('stopPrice'),
      })
      return { status: result.status, order_id: result.orderId ?? orderId, orderEvents: result.orderEvents }
    }
    if (instruction.order === 'cancel') {
      const result = engine.cancelOrder(account, { order_id: orderId, cliOrdId: text('cliOrdId') })
      return { status: result.status, order_id: result.order_id ?? orderId, orderEvents: result.orderEvents }
    }
    return { status: 'invalidOrderType', orderEvents: [] }
  })
}
