import { addAssignmentProgram } from '../actions/user/addAssignmentProgram.js'
import { checkApiKey } from '../actions/user/checkApiKey.js'
import { checkTradingEnabledOnSubaccount } from '../actions/user/checkTradingEnabledOnSubaccount.js'
import { deleteAssignmentProgram } from '../actions/user/deleteAssignmentProgram.js'
import { getAccountLog } from '../actions/user/getAccountLog.js'
import { getAccountLogCsv } from '../actions/user/getAccountLogCsv.js'
import { getAssignmentProgramCurrent } from '../actions/user/getAssignmentProgramCurrent.js'
import { getAssignmentProgramHistory } from '../actions/user/getAssignmentProgramHistory.js'
import { getExecutionEvents } from '../actions/user/getExecutionEvents.js'
import { getNotifications } from '../actions/user/getNotifications.js'
import { getOpenOrders } from '../actions/user/getOpenOrders.js'
import { getOpenPositions } from '../actions/user/getOpenPositions.js'
import { getOrderEvents } from '../actions/user/getOrderEvents.js'
import { getPortfolioMarginingParameters } from '../actions/user/getPortfolioMarginingParameters.js'
import { getPositionEvents } from '../actions/user/getPositionEvents.js'
import { getSelfMarketShare } from '../actions/user/getSelfMarketShare.js'
import { getSubaccounts } from '../actions/user/getSubaccounts.js'
import { getTriggerEvents } from '../actions/user/getTriggerEvents.js'
import { getUnwindQueue } from '../actions/user/getUnwindQueue.js'
import { getWallets } from '../actions/user/getWallets.js'
import { setTradingOnSubaccount } from '../actions/user/setTradingOnSubaccount.js'
import { simulatePortfolio } from '../actions/user/simulatePortfolio.js'
import { FuturesClient } from '../FuturesClient.js'
import type { FuturesClientOptions, FuturesRequestOptions, FuturesRequestParameters } from '../types.js'

/**
 * Account data: wallets, positions, open orders, history, subaccounts. A thin binding of the standalone actions to one {@link FuturesClient}.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/market-data
 * - Python: `kraken.futures.User`
 *
 * @example
 * import { User } from '@k/futures-rest'
 * const user = new User({ key, secret })
 */
export class User {
  readonly client: FuturesClient

  /** Pass options (own client) or an existing FuturesClient (shared nonce generator and rate limiter). */
  constructor(clientOrOptions: FuturesClient | FuturesClientOptions = {}) {
    this.client = clientOrOptions instanceof FuturesClient ? clientOrOptions : new FuturesClient(clientOrOptions)
  }

  /** The generic request (python's `request`): any Futures endpoint, signed when the route needs it. */
  request<T = unknown>(
    method: string,
    path: string,
    parameters?: FuturesRequestParameters,
    options?: FuturesRequestOptions,
  ): Promise<T> {
    return this.client.request<T>(method, path, parameters, options)
  }

  /** Joins the assignment program for a contract type. Python: none (Kraken operation without a python-kraken-sdk method). See {@link addAssignmentProgram}. */
  addAssignmentProgram(
    parameters: Parameters<typeof addAssignmentProgram>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof addAssignmentProgram> {
    return addAssignmentProgram(this.client, parameters, options)
  }
  /** Checks the API key that signs the request and returns its account and permissions. Python: none (Kraken operation without a python-kraken-sdk method). See {@link checkApiKey}. */
  checkApiKey(
    parameters?: Parameters<typeof checkApiKey>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof checkApiKey> {
    return checkApiKey(this.client, parameters, options)
  }
  /** Whether trading is enabled on a subaccount (institutional accounts). Python: `User.check_trading_enabled_on_subaccount`. See {@link checkTradingEnabledOnSubaccount}. */
  checkTradingEnabledOnSubaccount(
    parameters: Parameters<typeof checkTradingEnabledOnSubaccount>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof checkTradingEnabledOnSubaccount> {
    return checkTradingEnabledOnSubaccount(this.client, parameters, options)
  }
  /** Leaves an assignment program participation. Python: none (Kraken operation without a python-kraken-sdk method). See {@link deleteAssignmentProgram}. */
  deleteAssignmentProgram(
    parameters: Parameters<typeof deleteAssignmentProgram>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof deleteAssignmentProgram> {
    return deleteAssignmentProgram(this.client, parameters, options)
  }
  /** Your account log (balance changes with their reason). Python: `User.get_account_log`. See {@link getAccountLog}. */
  getAccountLog(
    parameters?: Parameters<typeof getAccountLog>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getAccountLog> {
    return getAccountLog(this.client, parameters, options)
  }
  /** Your account log as CSV text. Python: `User.get_account_log_csv`. See {@link getAccountLogCsv}. */
  getAccountLogCsv(
    parameters?: Parameters<typeof getAccountLogCsv>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getAccountLogCsv> {
    return getAccountLogCsv(this.client, parameters, options)
  }
  /** Your current assignment program participations. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getAssignmentProgramCurrent}. */
  getAssignmentProgramCurrent(
    parameters?: Parameters<typeof getAssignmentProgramCurrent>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getAssignmentProgramCurrent> {
    return getAssignmentProgramCurrent(this.client, parameters, options)
  }
  /** History of your assignment program participations. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getAssignmentProgramHistory}. */
  getAssignmentProgramHistory(
    parameters?: Parameters<typeof getAssignmentProgramHistory>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getAssignmentProgramHistory> {
    return getAssignmentProgramHistory(this.client, parameters, options)
  }
  /** Your executions (fills) history. Python: `User.get_execution_events`. See {@link getExecutionEvents}. */
  getExecutionEvents(
    parameters?: Parameters<typeof getExecutionEvents>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getExecutionEvents> {
    return getExecutionEvents(this.client, parameters, options)
  }
  /** Platform notifications. Python: `User.get_notifications`. See {@link getNotifications}. */
  getNotifications(
    parameters?: Parameters<typeof getNotifications>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getNotifications> {
    return getNotifications(this.client, parameters, options)
  }
  /** Your open orders (untriggered stops included). Python: `User.get_open_orders`. See {@link getOpenOrders}. */
  getOpenOrders(
    parameters?: Parameters<typeof getOpenOrders>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getOpenOrders> {
    return getOpenOrders(this.client, parameters, options)
  }
  /** Your open positions. Python: `User.get_open_positions`. See {@link getOpenPositions}. */
  getOpenPositions(
    parameters?: Parameters<typeof getOpenPositions>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getOpenPositions> {
    return getOpenPositions(this.client, parameters, options)
  }
  /** Your order events history. Python: `User.get_order_events`. See {@link getOrderEvents}. */
  getOrderEvents(
    parameters?: Parameters<typeof getOrderEvents>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getOrderEvents> {
    return getOrderEvents(this.client, parameters, options)
  }
  /** Parameters of portfolio margining. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getPortfolioMarginingParameters}. */
  getPortfolioMarginingParameters(
    parameters?: Parameters<typeof getPortfolioMarginingParameters>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getPortfolioMarginingParameters> {
    return getPortfolioMarginingParameters(this.client, parameters, options)
  }
  /** Your position update history. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getPositionEvents}. */
  getPositionEvents(
    parameters?: Parameters<typeof getPositionEvents>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getPositionEvents> {
    return getPositionEvents(this.client, parameters, options)
  }
  /** Your market share, volume and rebates per contract. Python: none (Kraken operation without a python-kraken-sdk method). See {@link getSelfMarketShare}. */
  getSelfMarketShare(
    parameters?: Parameters<typeof getSelfMarketShare>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getSelfMarketShare> {
    return getSelfMarketShare(this.client, parameters, options)
  }
  /** Your subaccounts and their balances. Python: `User.get_subaccounts`. See {@link getSubaccounts}. */
  getSubaccounts(
    parameters?: Parameters<typeof getSubaccounts>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getSubaccounts> {
    return getSubaccounts(this.client, parameters, options)
  }
  /** Your trigger (stop) order events history. Python: `User.get_trigger_events`. See {@link getTriggerEvents}. */
  getTriggerEvents(
    parameters?: Parameters<typeof getTriggerEvents>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getTriggerEvents> {
    return getTriggerEvents(this.client, parameters, options)
  }
  /** Your positions' percentile in the unwind queue (costs 200 of the 500 budget). Python: `User.get_unwind_queue`. See {@link getUnwindQueue}. */
  getUnwindQueue(
    parameters?: Parameters<typeof getUnwindQueue>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getUnwindQueue> {
    return getUnwindQueue(this.client, parameters, options)
  }
  /** Balances and margin of every account: cash, margin accounts and the multi-collateral (flex) account. Python: `User.get_wallets`. See {@link getWallets}. */
  getWallets(
    parameters?: Parameters<typeof getWallets>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getWallets> {
    return getWallets(this.client, parameters, options)
  }
  /** Enables or disables trading on a subaccount (institutional accounts). Python: `User.set_trading_on_subaccount`. See {@link setTradingOnSubaccount}. */
  setTradingOnSubaccount(
    parameters: Parameters<typeof setTradingOnSubaccount>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof setTradingOnSubaccount> {
    return setTradingOnSubaccount(this.client, parameters, options)
  }
  /** Simulates the margin of a hypothetical portfolio under portfolio margining. Python: none. See {@link simulatePortfolio}. */
  simulatePortfolio(
    parameters: Parameters<typeof simulatePortfolio>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof simulatePortfolio> {
    return simulatePortfolio(this.client, parameters, options)
  }
}
