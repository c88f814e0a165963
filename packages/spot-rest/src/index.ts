// Client

// Earn
export {
  type AllocateEarnFundsParameters,
  AllocateEarnFundsParametersSchema,
  type AllocateEarnFundsReturnType,
  allocateEarnFunds,
} from './actions/earn/allocateEarnFunds.js'
export {
  type DeallocateEarnFundsParameters,
  DeallocateEarnFundsParametersSchema,
  type DeallocateEarnFundsReturnType,
  deallocateEarnFunds,
} from './actions/earn/deallocateEarnFunds.js'
export {
  type GetAllocationStatusParameters,
  GetAllocationStatusParametersSchema,
  type GetAllocationStatusReturnType,
  getAllocationStatus,
} from './actions/earn/getAllocationStatus.js'
export {
  type GetDeallocationStatusParameters,
  GetDeallocationStatusParametersSchema,
  type GetDeallocationStatusReturnType,
  getDeallocationStatus,
} from './actions/earn/getDeallocationStatus.js'
export {
  type ListEarnAllocationsParameters,
  ListEarnAllocationsParametersSchema,
  type ListEarnAllocationsReturnType,
  listEarnAllocations,
} from './actions/earn/listEarnAllocations.js'
export {
  type ListEarnStrategiesParameters,
  ListEarnStrategiesParametersSchema,
  type ListEarnStrategiesReturnType,
  listEarnStrategies,
} from './actions/earn/listEarnStrategies.js'
export {
  type CancelWithdrawParameters,
  CancelWithdrawParametersSchema,
  type CancelWithdrawReturnType,
  cancelWithdraw,
} from './actions/funding/cancelWithdraw.js'
export {
  type GetDepositAddressParameters,
  GetDepositAddressParametersSchema,
  type GetDepositAddressReturnType,
  getDepositAddress,
} from './actions/funding/getDepositAddress.js'
// Funding
export {
  type GetDepositMethodsParameters,
  GetDepositMethodsParametersSchema,
  type GetDepositMethodsReturnType,
  getDepositMethods,
} from './actions/funding/getDepositMethods.js'
export {
  type GetRecentDepositsStatusParameters,
  GetRecentDepositsStatusParametersSchema,
  type GetRecentDepositsStatusReturnType,
  getRecentDepositsStatus,
} from './actions/funding/getRecentDepositsStatus.js'
export {
  type GetRecentWithdrawStatusParameters,
  GetRecentWithdrawStatusParametersSchema,
  type GetRecentWithdrawStatusReturnType,
  getRecentWithdrawStatus,
} from './actions/funding/getRecentWithdrawStatus.js'
export {
  type GetWithdrawalInfoParameters,
  GetWithdrawalInfoParametersSchema,
  type GetWithdrawalInfoReturnType,
  getWithdrawalInfo,
} from './actions/funding/getWithdrawalInfo.js'
export {
  type WalletTransferParameters,
  WalletTransferParametersSchema,
  type WalletTransferReturnType,
  walletTransfer,
} from './actions/funding/walletTransfer.js'
export {
  type WithdrawAddressesParameters,
  WithdrawAddressesParametersSchema,
  type WithdrawAddressesReturnType,
  withdrawAddresses,
} from './actions/funding/withdrawAddresses.js'
export {
  type WithdrawFundsParameters,
  WithdrawFundsParametersSchema,
  type WithdrawFundsReturnType,
  withdrawFunds,
} from './actions/funding/withdrawFunds.js'
export {
  type WithdrawMethodsParameters,
  WithdrawMethodsParametersSchema,
  type WithdrawMethodsReturnType,
  withdrawMethods,
} from './actions/funding/withdrawMethods.js'
export {
  type AssetPair,
  type GetAssetPairsParameters,
  GetAssetPairsParametersSchema,
  type GetAssetPairsReturnType,
  getAssetPairs,
} from './actions/market/getAssetPairs.js'
export {
  type GetAssetsParameters,
  GetAssetsParametersSchema,
  type GetAssetsReturnType,
  getAssets,
} from './actions/market/getAssets.js'
export {
  type GetOhlcParameters,
  GetOhlcParametersSchema,
  type GetOhlcReturnType,
  getOhlc,
} from './actions/market/getOhlc.js'
export {
  type GetOrderBookParameters,
  GetOrderBookParametersSchema,
  type GetOrderBookReturnType,
  getOrderBook,
} from './actions/market/getOrderBook.js'
export {
  type GetRecentSpreadsParameters,
  GetRecentSpreadsParametersSchema,
  type GetRecentSpreadsReturnType,
  getRecentSpreads,
} from './actions/market/getRecentSpreads.js'
export {
  type GetRecentTradesParameters,
  GetRecentTradesParametersSchema,
  type GetRecentTradesReturnType,
  getRecentTrades,
} from './actions/market/getRecentTrades.js'
// Market
export {
  type GetServerTimeParameters,
  GetServerTimeParametersSchema,
  type GetServerTimeReturnType,
  getServerTime,
} from './actions/market/getServerTime.js'
export {
  type GetSystemStatusParameters,
  GetSystemStatusParametersSchema,
  type GetSystemStatusReturnType,
  getSystemStatus,
} from './actions/market/getSystemStatus.js'
export {
  type GetTickerParameters,
  GetTickerParametersSchema,
  type GetTickerReturnType,
  getTicker,
  type TickerInfo,
} from './actions/market/getTicker.js'
export {
  type AmendOrderParameters,
  AmendOrderParametersSchema,
  type AmendOrderReturnType,
  amendOrder,
} from './actions/trade/amendOrder.js'
export {
  type CancelAllOrdersParameters,
  CancelAllOrdersParametersSchema,
  type CancelAllOrdersReturnType,
  cancelAllOrders,
} from './actions/trade/cancelAllOrders.js'
export {
  type CancelAllOrdersAfterXParameters,
  CancelAllOrdersAfterXParametersSchema,
  type CancelAllOrdersAfterXReturnType,
  cancelAllOrdersAfterX,
} from './actions/trade/cancelAllOrdersAfterX.js'
export {
  type CancelOrderParameters,
  CancelOrderParametersSchema,
  type CancelOrderReturnType,
  cancelOrder,
} from './actions/trade/cancelOrder.js'
export {
  type CancelOrderBatchParameters,
  CancelOrderBatchParametersSchema,
  type CancelOrderBatchReturnType,
  cancelOrderBatch,
} from './actions/trade/cancelOrderBatch.js'
// Trade
export {
  type CreateOrderOptions,
  type CreateOrderParameters,
  CreateOrderParametersSchema,
  type CreateOrderReturnType,
  createOrder,
} from './actions/trade/createOrder.js'
export {
  BatchOrderSchema,
  type CreateOrderBatchParameters,
  CreateOrderBatchParametersSchema,
  type CreateOrderBatchReturnType,
  createOrderBatch,
} from './actions/trade/createOrderBatch.js'
export {
  type EditOrderParameters,
  EditOrderParametersSchema,
  type EditOrderReturnType,
  editOrder,
} from './actions/trade/editOrder.js'
export {
  clearTruncateCache,
  type TruncateParameters,
  TruncateParametersSchema,
  type TruncateReturnType,
  truncate,
} from './actions/trade/truncate.js'
export {
  type AccountTransferParameters,
  AccountTransferParametersSchema,
  type AccountTransferReturnType,
  accountTransfer,
} from './actions/user/accountTransfer.js'
export {
  type CreateSubaccountParameters,
  CreateSubaccountParametersSchema,
  type CreateSubaccountReturnType,
  createSubaccount,
} from './actions/user/createSubaccount.js'
export {
  type DeleteExportReportParameters,
  DeleteExportReportParametersSchema,
  type DeleteExportReportReturnType,
  deleteExportReport,
} from './actions/user/deleteExportReport.js'
// User
export {
  type GetAccountBalanceParameters,
  GetAccountBalanceParametersSchema,
  type GetAccountBalanceReturnType,
  getAccountBalance,
} from './actions/user/getAccountBalance.js'
export {
  type GetBalanceParameters,
  GetBalanceParametersSchema,
  type GetBalanceReturnType,
  getBalance,
} from './actions/user/getBalance.js'
export {
  type GetBalancesParameters,
  GetBalancesParametersSchema,
  type GetBalancesReturnType,
  getBalances,
} from './actions/user/getBalances.js'
export {
  type GetClosedOrdersParameters,
  GetClosedOrdersParametersSchema,
  type GetClosedOrdersReturnType,
  getClosedOrders,
} from './actions/user/getClosedOrders.js'
export {
  type GetCreditLinesParameters,
  GetCreditLinesParametersSchema,
  type GetCreditLinesReturnType,
  getCreditLines,
} from './actions/user/getCreditLines.js'
export {
  type GetExportReportStatusParameters,
  GetExportReportStatusParametersSchema,
  type GetExportReportStatusReturnType,
  getExportReportStatus,
} from './actions/user/getExportReportStatus.js'
export {
  type GetLedgersParameters,
  GetLedgersParametersSchema,
  type GetLedgersReturnType,
  getLedgers,
} from './actions/user/getLedgers.js'
export {
  type GetLedgersInfoParameters,
  GetLedgersInfoParametersSchema,
  type GetLedgersInfoReturnType,
  getLedgersInfo,
} from './actions/user/getLedgersInfo.js'
export {
  type GetOpenOrdersParameters,
  GetOpenOrdersParametersSchema,
  type GetOpenOrdersReturnType,
  getOpenOrders,
} from './actions/user/getOpenOrders.js'
export {
  type GetOpenPositionsParameters,
  GetOpenPositionsParametersSchema,
  type GetOpenPositionsReturnType,
  getOpenPositions,
} from './actions/user/getOpenPositions.js'
export {
  type GetOrderAmendsParameters,
  GetOrderAmendsParametersSchema,
  type GetOrderAmendsReturnType,
  getOrderAmends,
} from './actions/user/getOrderAmends.js'
export {
  type GetOrdersInfoParameters,
  GetOrdersInfoParametersSchema,
  type GetOrdersInfoReturnType,
  getOrdersInfo,
} from './actions/user/getOrdersInfo.js'
export {
  type GetTradeBalanceParameters,
  GetTradeBalanceParametersSchema,
  type GetTradeBalanceReturnType,
  getTradeBalance,
} from './actions/user/getTradeBalance.js'
export {
  type GetTradesHistoryParameters,
  GetTradesHistoryParametersSchema,
  type GetTradesHistoryReturnType,
  getTradesHistory,
} from './actions/user/getTradesHistory.js'
export {
  type GetTradesInfoParameters,
  GetTradesInfoParametersSchema,
  type GetTradesInfoReturnType,
  getTradesInfo,
} from './actions/user/getTradesInfo.js'
export {
  type GetTradeVolumeParameters,
  GetTradeVolumeParametersSchema,
  type GetTradeVolumeReturnType,
  getTradeVolume,
} from './actions/user/getTradeVolume.js'
export {
  type GetWebSocketsTokenParameters,
  GetWebSocketsTokenParametersSchema,
  type GetWebSocketsTokenReturnType,
  getWebSocketsToken,
} from './actions/user/getWebSocketsToken.js'
export {
  type RequestExportReportParameters,
  RequestExportReportParametersSchema,
  type RequestExportReportReturnType,
  requestExportReport,
} from './actions/user/requestExportReport.js'
export {
  type RetrieveExportParameters,
  RetrieveExportParametersSchema,
  type RetrieveExportReturnType,
  retrieveExport,
} from './actions/user/retrieveExport.js'
export { createSpotClient } from './createSpotClient.js'
export {
  type EndpointSpec,
  type SpotEndpointName,
  spotEndpoints,
  spotHelpers,
  type TradingCostKind,
} from './endpoints.js'
export { Earn } from './namespaces/Earn.js'
export { Funding } from './namespaces/Funding.js'
export { Market } from './namespaces/Market.js'
export { Trade } from './namespaces/Trade.js'
export { User } from './namespaces/User.js'
export type { LedgerEntry } from './responses/LedgerEntry.js'
export type { OrderInfo } from './responses/OrderInfo.js'
export type { TradeInfo } from './responses/TradeInfo.js'
export { SPOT_REST_URL, SpotClient } from './SpotClient.js'
export {
  SPOT_RATE_LIMITS,
  SpotRateLimiter,
  type SpotRateLimiterOptions,
  type SpotRateLimitWait,
  type SpotTier,
  tradingCost,
} from './SpotRateLimiter.js'
// Shared schemas and response types
export { AssetClassSchema } from './schemas/AssetClassSchema.js'
export { DecimalSchema } from './schemas/DecimalSchema.js'
export { ListSchema } from './schemas/ListSchema.js'
export { OflagsSchema } from './schemas/OflagsSchema.js'
export { OrderTypeSchema, SideSchema, StpTypeSchema, TimeInForceSchema, TriggerSchema } from './schemas/orderFields.js'
export { PriceSchema } from './schemas/PriceSchema.js'
export type { RateLimitWaitEvent, RequestOptions, SpotClientOptions, SpotRequestOptions } from './types.js'
