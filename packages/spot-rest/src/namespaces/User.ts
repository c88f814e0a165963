import {
  type AccountTransferParameters,
  type AccountTransferReturnType,
  accountTransfer,
} from '../actions/user/accountTransfer.js'
import {
  type CreateSubaccountParameters,
  type CreateSubaccountReturnType,
  createSubaccount,
} from '../actions/user/createSubaccount.js'
import {
  type DeleteExportReportParameters,
  type DeleteExportReportReturnType,
  deleteExportReport,
} from '../actions/user/deleteExportReport.js'
import {
  type GetAccountBalanceParameters,
  type GetAccountBalanceReturnType,
  getAccountBalance,
} from '../actions/user/getAccountBalance.js'
import { type GetBalanceParameters, type GetBalanceReturnType, getBalance } from '../actions/user/getBalance.js'
import { type GetBalancesParameters, type GetBalancesReturnType, getBalances } from '../actions/user/getBalances.js'
import {
  type GetClosedOrdersParameters,
  type GetClosedOrdersReturnType,
  getClosedOrders,
} from '../actions/user/getClosedOrders.js'
import {
  type GetCreditLinesParameters,
  type GetCreditLinesReturnType,
  getCreditLines,
} from '../actions/user/getCreditLines.js'
import {
  type GetExportReportStatusParameters,
  type GetExportReportStatusReturnType,
  getExportReportStatus,
} from '../actions/user/getExportReportStatus.js'
import { type GetLedgersParameters, type GetLedgersReturnType, getLedgers } from '../actions/user/getLedgers.js'
import {
  type GetLedgersInfoParameters,
  type GetLedgersInfoReturnType,
  getLedgersInfo,
} from '../actions/user/getLedgersInfo.js'
import {
  type GetOpenOrdersParameters,
  type GetOpenOrdersReturnType,
  getOpenOrders,
} from '../actions/user/getOpenOrders.js'
import {
  type GetOpenPositionsParameters,
  type GetOpenPositionsReturnType,
  getOpenPositions,
} from '../actions/user/getOpenPositions.js'
import {
  type GetOrderAmendsParameters,
  type GetOrderAmendsReturnType,
  getOrderAmends,
} from '../actions/user/getOrderAmends.js'
import {
  type GetOrdersInfoParameters,
  type GetOrdersInfoReturnType,
  getOrdersInfo,
} from '../actions/user/getOrdersInfo.js'
import {
  type GetTradeBalanceParameters,
  type GetTradeBalanceReturnType,
  getTradeBalance,
} from '../actions/user/getTradeBalance.js'
import {
  type GetTradesHistoryParameters,
  type GetTradesHistoryReturnType,
  getTradesHistory,
} from '../actions/user/getTradesHistory.js'
import {
  type GetTradesInfoParameters,
  type GetTradesInfoReturnType,
  getTradesInfo,
} from '../actions/user/getTradesInfo.js'
import {
  type GetTradeVolumeParameters,
  type GetTradeVolumeReturnType,
  getTradeVolume,
} from '../actions/user/getTradeVolume.js'
import {
  type GetWebSocketsTokenParameters,
  type GetWebSocketsTokenReturnType,
  getWebSocketsToken,
} from '../actions/user/getWebSocketsToken.js'
import {
  type RequestExportReportParameters,
  type RequestExportReportReturnType,
  requestExportReport,
} from '../actions/user/requestExportReport.js'
import {
  type RetrieveExportParameters,
  type RetrieveExportReturnType,
  retrieveExport,
} from '../actions/user/retrieveExport.js'
import { SpotClient } from '../SpotClient.js'
import type { RequestOptions, SpotClientOptions } from '../types.js'

/**
 * Account data: balances, orders, trades, ledgers, exports, subaccounts and the WebSocket token. A thin class over the standalone actions: every method is `action(this.client, …)`.
 * Construct it with options (its own client) or with an existing SpotClient (shared nonce generator and rate limiter).
 *
 * - Python: `kraken.spot.User`
 *
 * @example
 * import { User } from '@k/spot-rest'
 * const user = new User({ key, secret })
 * await user.getAccountBalance()
 */
export class User {
  readonly client: SpotClient

  constructor(clientOrOptions: SpotClient | SpotClientOptions = {}) {
    this.client = clientOrOptions instanceof SpotClient ? clientOrOptions : new SpotClient(clientOrOptions)
  }

  /** Calls any endpoint through this class's client (python-kraken-sdk's generic `request`). */
  request<T = unknown>(...args: Parameters<SpotClient['request']>): Promise<T> {
    return this.client.request<T>(...args)
  }

  /** {@link getAccountBalance} bound to this client. python-kraken-sdk: `User.get_account_balance`. */
  getAccountBalance(
    parameters?: GetAccountBalanceParameters,
    options?: RequestOptions,
  ): Promise<GetAccountBalanceReturnType> {
    return getAccountBalance(this.client, parameters ?? {}, options)
  }

  /** {@link getBalances} bound to this client. python-kraken-sdk: `User.get_balances`. */
  getBalances(parameters?: GetBalancesParameters, options?: RequestOptions): Promise<GetBalancesReturnType> {
    return getBalances(this.client, parameters ?? {}, options)
  }

  /** {@link getCreditLines} bound to this client. Not in python-kraken-sdk. */
  getCreditLines(parameters?: GetCreditLinesParameters, options?: RequestOptions): Promise<GetCreditLinesReturnType> {
    return getCreditLines(this.client, parameters ?? {}, options)
  }

  /** {@link getTradeBalance} bound to this client. python-kraken-sdk: `User.get_trade_balance`. */
  getTradeBalance(
    parameters?: GetTradeBalanceParameters,
    options?: RequestOptions,
  ): Promise<GetTradeBalanceReturnType> {
    return getTradeBalance(this.client, parameters ?? {}, options)
  }

  /** {@link getOpenOrders} bound to this client. python-kraken-sdk: `User.get_open_orders`. */
  getOpenOrders(parameters?: GetOpenOrdersParameters, options?: RequestOptions): Promise<GetOpenOrdersReturnType> {
    return getOpenOrders(this.client, parameters ?? {}, options)
  }

  /** {@link getClosedOrders} bound to this client. python-kraken-sdk: `User.get_closed_orders`. */
  getClosedOrders(
    parameters?: GetClosedOrdersParameters,
    options?: RequestOptions,
  ): Promise<GetClosedOrdersReturnType> {
    return getClosedOrders(this.client, parameters ?? {}, options)
  }

  /** {@link getOrdersInfo} bound to this client. python-kraken-sdk: `User.get_orders_info`. */
  getOrdersInfo(parameters: GetOrdersInfoParameters, options?: RequestOptions): Promise<GetOrdersInfoReturnType> {
    return getOrdersInfo(this.client, parameters, options)
  }

  /** {@link getOrderAmends} bound to this client. python-kraken-sdk: `User.get_order_amends`. */
  getOrderAmends(parameters: GetOrderAmendsParameters, options?: RequestOptions): Promise<GetOrderAmendsReturnType> {
    return getOrderAmends(this.client, parameters, options)
  }

  /** {@link getTradesHistory} bound to this client. python-kraken-sdk: `User.get_trades_history`. */
  getTradesHistory(
    parameters?: GetTradesHistoryParameters,
    options?: RequestOptions,
  ): Promise<GetTradesHistoryReturnType> {
    return getTradesHistory(this.client, parameters ?? {}, options)
  }

  /** {@link getTradesInfo} bound to this client. python-kraken-sdk: `User.get_trades_info`. */
  getTradesInfo(parameters: GetTradesInfoParameters, options?: RequestOptions): Promise<GetTradesInfoReturnType> {
    return getTradesInfo(this.client, parameters, options)
  }

  /** {@link getOpenPositions} bound to this client. python-kraken-sdk: `User.get_open_positions`. */
  getOpenPositions(
    parameters?: GetOpenPositionsParameters,
    options?: RequestOptions,
  ): Promise<GetOpenPositionsReturnType> {
    return getOpenPositions(this.client, parameters ?? {}, options)
  }

  /** {@link getLedgersInfo} bound to this client. python-kraken-sdk: `User.get_ledgers_info`. */
  getLedgersInfo(parameters?: GetLedgersInfoParameters, options?: RequestOptions): Promise<GetLedgersInfoReturnType> {
    return getLedgersInfo(this.client, parameters ?? {}, options)
  }

  /** {@link getLedgers} bound to this client. python-kraken-sdk: `User.get_ledgers`. */
  getLedgers(parameters: GetLedgersParameters, options?: RequestOptions): Promise<GetLedgersReturnType> {
    return getLedgers(this.client, parameters, options)
  }

  /** {@link getTradeVolume} bound to this client. python-kraken-sdk: `User.get_trade_volume`. */
  getTradeVolume(parameters?: GetTradeVolumeParameters, options?: RequestOptions): Promise<GetTradeVolumeReturnType> {
    return getTradeVolume(this.client, parameters ?? {}, options)
  }

  /** {@link requestExportReport} bound to this client. python-kraken-sdk: `User.request_export_report`. */
  requestExportReport(
    parameters: RequestExportReportParameters,
    options?: RequestOptions,
  ): Promise<RequestExportReportReturnType> {
    return requestExportReport(this.client, parameters, options)
  }

  /** {@link getExportReportStatus} bound to this client. python-kraken-sdk: `User.get_export_report_status`. */
  getExportReportStatus(
    parameters: GetExportReportStatusParameters,
    options?: RequestOptions,
  ): Promise<GetExportReportStatusReturnType> {
    return getExportReportStatus(this.client, parameters, options)
  }

  /** {@link retrieveExport} bound to this client. python-kraken-sdk: `User.retrieve_export`. */
  retrieveExport(parameters: RetrieveExportParameters, options?: RequestOptions): Promise<RetrieveExportReturnType> {
    return retrieveExport(this.client, parameters, options)
  }

  /** {@link deleteExportReport} bound to this client. python-kraken-sdk: `User.delete_export_report`. */
  deleteExportReport(
    parameters: DeleteExportReportParameters,
    options?: RequestOptions,
  ): Promise<DeleteExportReportReturnType> {
    return deleteExportReport(this.client, parameters, options)
  }

  /** {@link createSubaccount} bound to this client. python-kraken-sdk: `User.create_subaccount`. */
  createSubaccount(
    parameters: CreateSubaccountParameters,
    options?: RequestOptions,
  ): Promise<CreateSubaccountReturnType> {
    return createSubaccount(this.client, parameters, options)
  }

  /** {@link accountTransfer} bound to this client. python-kraken-sdk: `User.account_transfer`. */
  accountTransfer(parameters: AccountTransferParameters, options?: RequestOptions): Promise<AccountTransferReturnType> {
    return accountTransfer(this.client, parameters, options)
  }

  /** {@link getWebSocketsToken} bound to this client. Not in python-kraken-sdk. */
  getWebSocketsToken(
    parameters?: GetWebSocketsTokenParameters,
    options?: RequestOptions,
  ): Promise<GetWebSocketsTokenReturnType> {
    return getWebSocketsToken(this.client, parameters ?? {}, options)
  }

  /** {@link getBalance} bound to this client. python-kraken-sdk: `User.get_balance`. */
  getBalance(parameters: GetBalanceParameters, options?: RequestOptions): Promise<GetBalanceReturnType> {
    return getBalance(this.client, parameters, options)
  }
}
