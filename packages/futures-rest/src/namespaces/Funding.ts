import { initiateSubaccountTransfer } from '../actions/funding/initiateSubaccountTransfer.js'
import { initiateWalletTransfer } from '../actions/funding/initiateWalletTransfer.js'
import { initiateWithdrawalToSpotWallet } from '../actions/funding/initiateWithdrawalToSpotWallet.js'
import { getHistoricalFundingRates } from '../actions/market/getHistoricalFundingRates.js'
import { FuturesClient } from '../FuturesClient.js'
import type { FuturesClientOptions, FuturesRequestOptions, FuturesRequestParameters } from '../types.js'

/**
 * Transfers between wallets and subaccounts, withdrawals to Spot, funding rates. A thin binding of the standalone actions to one {@link FuturesClient}.
 *
 * - Kraken: https://docs.kraken.com/api/docs/futures-api/trading/market-data
 * - Python: `kraken.futures.Funding`
 *
 * @example
 * import { Funding } from '@k/futures-rest'
 * const funding = new Funding({ key, secret })
 */
export class Funding {
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

  /** Historical funding rates of a perpetual. Python: `Market.get_historical_funding_rates / Funding.get_historical_funding_rates`. See {@link getHistoricalFundingRates}. */
  getHistoricalFundingRates(
    parameters: Parameters<typeof getHistoricalFundingRates>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof getHistoricalFundingRates> {
    return getHistoricalFundingRates(this.client, parameters, options)
  }
  /** Moves funds between the master account and a subaccount. Python: `Funding.initiate_subaccount_transfer`. See {@link initiateSubaccountTransfer}. */
  initiateSubaccountTransfer(
    parameters: Parameters<typeof initiateSubaccountTransfer>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof initiateSubaccountTransfer> {
    return initiateSubaccountTransfer(this.client, parameters, options)
  }
  /** Moves funds between two of your margin or cash accounts. Python: `Funding.initiate_wallet_transfer`. See {@link initiateWalletTransfer}. */
  initiateWalletTransfer(
    parameters: Parameters<typeof initiateWalletTransfer>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof initiateWalletTransfer> {
    return initiateWalletTransfer(this.client, parameters, options)
  }
  /** Withdraws from a Futures wallet to your Spot wallet. Python: `Funding.initiate_withdrawal_to_spot_wallet`. See {@link initiateWithdrawalToSpotWallet}. */
  initiateWithdrawalToSpotWallet(
    parameters: Parameters<typeof initiateWithdrawalToSpotWallet>[1],
    options?: FuturesRequestOptions,
  ): ReturnType<typeof initiateWithdrawalToSpotWallet> {
    return initiateWithdrawalToSpotWallet(this.client, parameters, options)
  }
}
