import type { FuturesAccount } from '../futures-engine/FuturesAccount.js'
import { toWsOrder } from '../futures-engine/toWsOrder.js'
import type { _Engine } from './_engine.js'
import {
  balancesAndMarginsMessage,
  balancesMessage,
  depositsWithdrawalsMessage,
  fillMessage,
  notificationMessage,
  positionsMessage,
} from './_feedMessages.js'
import type { _OutboundGate } from './_OutboundGate.js'

/**
 * Starts one private feed of one account on one connection: the snapshot, then the engine's events of that account
 * (`open_orders` with every reason of seed 002 and `is_cancel`, fills, positions, balances, account log,
 * notifications). Returns the function that stops it.
 */
export function _privateFeed(engine: _Engine, gate: _OutboundGate, feed: string, account: FuturesAccount): () => void {
  let seq = 0
  let notificationId = 0
  const send = (message: Record<string, unknown>) => gate.send(message)
  switch (feed) {
    case 'open_orders':
    case 'open_orders_verbose':
      send({ feed: `${feed}_snapshot`, account: account.uid, orders: engine.openOrders(account).map(toWsOrder) })
      break
    case 'fills':
      send({
        feed: 'fills_snapshot',
        account: account.uid,
        fills: account.fills.slice(-100).map((fill) => fillMessage(fill, false)),
      })
      break
    case 'open_positions':
      send(positionsMessage(engine.market, account, seq++))
      break
    case 'balances':
      send(balancesMessage(account, 'balances_snapshot', seq++))
      break
    case 'account_balances_and_margins':
      send(balancesAndMarginsMessage(account, seq++))
      break
    case 'deposits_withdrawals':
      send(depositsWithdrawalsMessage(account, account.log, true))
      break
    case 'account_log':
      send({ feed: 'account_log_snapshot', logs: account.log.slice(-500) })
      break
    case 'notifications_auth':
      send(notificationMessage(account.notifications, notificationId + 1))
      notificationId += account.notifications.length
      break
  }
  return engine.onEvent((event) => {
    if (event.kind === 'notification') {
      if (feed !== 'notifications_auth' || (event.account !== undefined && event.account !== account.key)) return
      notificationId += 1
      send(notificationMessage([event.notification], notificationId))
      return
    }
    if (!('account' in event) || event.account !== account.key) return
    if (event.kind === 'open_orders' && (feed === 'open_orders' || feed === 'open_orders_verbose')) {
      // Kraken quirk: a user cancel on the plain feed carries only the order id, not the order.
      if (feed === 'open_orders' && event.is_cancel && event.reason === 'cancelled_by_user') {
        send({
          feed,
          order_id: event.order.order_id,
          cli_ord_id: event.order.cli_ord_id ?? null,
          is_cancel: true,
          reason: event.reason,
        })
      } else {
        send({ feed, order: event.order, is_cancel: event.is_cancel, reason: event.reason })
      }
    } else if (event.kind === 'fill' && feed === 'fills') {
      send({ feed: 'fills', username: account.uid, fills: [fillMessage(event.fill, true)] })
    } else if (event.kind === 'position' && feed === 'open_positions') {
      send(positionsMessage(engine.market, account, seq++))
    } else if (event.kind === 'balance' && feed === 'balances') {
      send(balancesMessage(account, 'balances', seq++))
    } else if (event.kind === 'balance' && feed === 'account_balances_and_margins') {
      send(balancesAndMarginsMessage(account, seq++))
    } else if (event.kind === 'account_log' && feed === 'account_log') {
      send({ feed: 'account_log', new_entry: event.entry })
    } else if (
      event.kind === 'account_log' &&
      feed === 'deposits_withdrawals' &&
      event.entry.info.includes('transfer')
    ) {
      send(depositsWithdrawalsMessage(account, [event.entry], false))
    }
  })
}
