import {
  type AllocateEarnFundsParameters,
  type AllocateEarnFundsReturnType,
  allocateEarnFunds,
} from '../actions/earn/allocateEarnFunds.js'
import {
  type DeallocateEarnFundsParameters,
  type DeallocateEarnFundsReturnType,
  deallocateEarnFunds,
} from '../actions/earn/deallocateEarnFunds.js'
import {
  type GetAllocationStatusParameters,
  type GetAllocationStatusReturnType,
  getAllocationStatus,
} from '../actions/earn/getAllocationStatus.js'
import {
  type GetDeallocationStatusParameters,
  type GetDeallocationStatusReturnType,
  getDeallocationStatus,
} from '../actions/earn/getDeallocationStatus.js'
import {
  type ListEarnAllocationsParameters,
  type ListEarnAllocationsReturnType,
  listEarnAllocations,
} from '../actions/earn/listEarnAllocations.js'
import {
  type ListEarnStrategiesParameters,
  type ListEarnStrategiesReturnType,
  listEarnStrategies,
} from '../actions/earn/listEarnStrategies.js'
import { SpotClient } from '../SpotClient.js'
import type { RequestOptions, SpotClientOptions } from '../types.js'

/**
 * Earn (staking) strategies and allocations. A thin class over the standalone actions: every method is `action(this.client, …)`.
 * Construct it with options (its own client) or with an existing SpotClient (shared nonce generator and rate limiter).
 *
 * - Python: `kraken.spot.Earn`
 *
 * @example
 * import { Earn } from '@k/spot-rest'
 * const earn = new Earn({ key, secret })
 * await earn.listEarnStrategies()
 */
export class Earn {
  readonly client: SpotClient

  constructor(clientOrOptions: SpotClient | SpotClientOptions = {}) {
    this.client = clientOrOptions instanceof SpotClient ? clientOrOptions : new SpotClient(clientOrOptions)
  }

  /** Calls any endpoint through this class's client (python-kraken-sdk's generic `request`). */
  request<T = unknown>(...args: Parameters<SpotClient['request']>): Promise<T> {
    return this.client.request<T>(...args)
  }

  /** {@link allocateEarnFunds} bound to this client. python-kraken-sdk: `Earn.allocate_earn_funds`. */
  allocateEarnFunds(
    parameters: AllocateEarnFundsParameters,
    options?: RequestOptions,
  ): Promise<AllocateEarnFundsReturnType> {
    return allocateEarnFunds(this.client, parameters, options)
  }

  /** {@link deallocateEarnFunds} bound to this client. python-kraken-sdk: `Earn.deallocate_earn_funds`. */
  deallocateEarnFunds(
    parameters: DeallocateEarnFundsParameters,
    options?: RequestOptions,
  ): Promise<DeallocateEarnFundsReturnType> {
    return deallocateEarnFunds(this.client, parameters, options)
  }

  /** {@link getAllocationStatus} bound to this client. python-kraken-sdk: `Earn.get_allocation_status`. */
  getAllocationStatus(
    parameters: GetAllocationStatusParameters,
    options?: RequestOptions,
  ): Promise<GetAllocationStatusReturnType> {
    return getAllocationStatus(this.client, parameters, options)
  }

  /** {@link getDeallocationStatus} bound to this client. python-kraken-sdk: `Earn.get_deallocation_status`. */
  getDeallocationStatus(
    parameters: GetDeallocationStatusParameters,
    options?: RequestOptions,
  ): Promise<GetDeallocationStatusReturnType> {
    return getDeallocationStatus(this.client, parameters, options)
  }

  /** {@link listEarnStrategies} bound to this client. python-kraken-sdk: `Earn.list_earn_strategies`. */
  listEarnStrategies(
    parameters?: ListEarnStrategiesParameters,
    options?: RequestOptions,
  ): Promise<ListEarnStrategiesReturnType> {
    return listEarnStrategies(this.client, parameters ?? {}, options)
  }

  /** {@link listEarnAllocations} bound to this client. python-kraken-sdk: `Earn.list_earn_allocations`. */
  listEarnAllocations(
    parameters?: ListEarnAllocationsParameters,
    options?: RequestOptions,
  ): Promise<ListEarnAllocationsReturnType> {
    return listEarnAllocations(this.client, parameters ?? {}, options)
  }
}
