import {
  type CancelWithdrawParameters,
  type CancelWithdrawReturnType,
  cancelWithdraw,
} from '../actions/funding/cancelWithdraw.js'
import {
  type GetDepositAddressParameters,
  type GetDepositAddressReturnType,
  getDepositAddress,
} from '../actions/funding/getDepositAddress.js'
import {
  type GetDepositMethodsParameters,
  type GetDepositMethodsReturnType,
  getDepositMethods,
} from '../actions/funding/getDepositMethods.js'
import {
  type GetRecentDepositsStatusParameters,
  type GetRecentDepositsStatusReturnType,
  getRecentDepositsStatus,
} from '../actions/funding/getRecentDepositsStatus.js'
import {
  type GetRecentWithdrawStatusParameters,
  type GetRecentWithdrawStatusReturnType,
  getRecentWithdrawStatus,
} from '../actions/funding/getRecentWithdrawStatus.js'
import {
  type GetWithdrawalInfoParameters,
  type GetWithdrawalInfoReturnType,
  getWithdrawalInfo,
} from '../actions/funding/getWithdrawalInfo.js'
import {
  type WalletTransferParameters,
  type WalletTransferReturnType,
  walletTransfer,
} from '../actions/funding/walletTransfer.js'
import {
  type WithdrawAddressesParameters,
  type WithdrawAddressesReturnType,
  withdrawAddresses,
} from '../actions/funding/withdrawAddresses.js'
import {
  type WithdrawFundsParameters,
  type WithdrawFundsReturnType,
  withdrawFunds,
} from '../actions/funding/withdrawFunds.js'
import {
  type WithdrawMethodsParameters,
  type WithdrawMethodsReturnType,
  withdrawMethods,
} from '../actions/funding/withdrawMethods.js'
import { SpotClient } from '../SpotClient.js'
import type { RequestOptions, SpotClientOptions } from '../types.js'

/**
 * Deposits, withdrawals and wallet transfers. A thin class over the standalone actions: every method is `action(this.client, …)`.
 * Construct it with options (its own client) or with an existing SpotClient (shared nonce generator and rate limiter).
 *
 * - Python: `kraken.spot.Funding`
 *
 * @example
 * import { Funding } from '@k/spot-rest'
 * const funding = new Funding({ key, secret })
 * await funding.getDepositMethods({ asset: 'XBT' })
 */
export class Funding {
  readonly client: SpotClient

  constructor(clientOrOptions: SpotClient | SpotClientOptions = {}) {
    this.client = clientOrOptions instanceof SpotClient ? clientOrOptions : new SpotClient(clientOrOptions)
  }

  /** Calls any endpoint through this class's client (python-kraken-sdk's generic `request`). */
  request<T = unknown>(...args: Parameters<SpotClient['request']>): Promise<T> {
    return this.client.request<T>(...args)
  }

  /** {@link getDepositMethods} bound to this client. python-kraken-sdk: `Funding.get_deposit_methods`. */
  getDepositMethods(
    parameters: GetDepositMethodsParameters,
    options?: RequestOptions,
  ): Promise<GetDepositMethodsReturnType> {
    return getDepositMethods(this.client, parameters, options)
  }

  /** {@link getDepositAddress} bound to this client. python-kraken-sdk: `Funding.get_deposit_address`. */
  getDepositAddress(
    parameters: GetDepositAddressParameters,
    options?: RequestOptions,
  ): Promise<GetDepositAddressReturnType> {
    return getDepositAddress(this.client, parameters, options)
  }

  /** {@link getRecentDepositsStatus} bound to this client. python-kraken-sdk: `Funding.get_recent_deposits_status`. */
  getRecentDepositsStatus(
    parameters?: GetRecentDepositsStatusParameters,
    options?: RequestOptions,
  ): Promise<GetRecentDepositsStatusReturnType> {
    return getRecentDepositsStatus(this.client, parameters ?? {}, options)
  }

  /** {@link withdrawMethods} bound to this client. python-kraken-sdk: `Funding.withdraw_methods`. */
  withdrawMethods(
    parameters?: WithdrawMethodsParameters,
    options?: RequestOptions,
  ): Promise<WithdrawMethodsReturnType> {
    return withdrawMethods(this.client, parameters ?? {}, options)
  }

  /** {@link withdrawAddresses} bound to this client. python-kraken-sdk: `Funding.withdraw_addresses`. */
  withdrawAddresses(
    parameters?: WithdrawAddressesParameters,
    options?: RequestOptions,
  ): Promise<WithdrawAddressesReturnType> {
    return withdrawAddresses(this.client, parameters ?? {}, options)
  }

  /** {@link getWithdrawalInfo} bound to this client. python-kraken-sdk: `Funding.get_withdrawal_info`. */
  getWithdrawalInfo(
    parameters: GetWithdrawalInfoParameters,
    options?: RequestOptions,
  ): Promise<GetWithdrawalInfoReturnType> {
    return getWithdrawalInfo(this.client, parameters, options)
  }

  /** {@link withdrawFunds} bound to this client. python-kraken-sdk: `Funding.withdraw_funds`. */
  withdrawFunds(parameters: WithdrawFundsParameters, options?: RequestOptions): Promise<WithdrawFundsReturnType> {
    return withdrawFunds(this.client, parameters, options)
  }

  /** {@link getRecentWithdrawStatus} bound to this client. python-kraken-sdk: `Funding.get_recent_withdraw_status`. */
  getRecentWithdrawStatus(
    parameters?: GetRecentWithdrawStatusParameters,
    options?: RequestOptions,
  ): Promise<GetRecentWithdrawStatusReturnType> {
    return getRecentWithdrawStatus(this.client, parameters ?? {}, options)
  }

  /** {@link cancelWithdraw} bound to this client. python-kraken-sdk: `Funding.cancel_withdraw`. */
  cancelWithdraw(parameters: CancelWithdrawParameters, options?: RequestOptions): Promise<CancelWithdrawReturnType> {
    return cancelWithdraw(this.client, parameters, options)
  }

  /** {@link walletTransfer} bound to this client. python-kraken-sdk: `Funding.wallet_transfer`. */
  walletTransfer(parameters: WalletTransferParameters, options?: RequestOptions): Promise<WalletTransferReturnType> {
    return walletTransfer(this.client, parameters, options)
  }
}
