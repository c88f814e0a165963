export {
  type InitiateSubaccountTransferParameters,
  InitiateSubaccountTransferParametersSchema,
  type InitiateSubaccountTransferReturnType,
  initiateSubaccountTransfer,
} from './funding/initiateSubaccountTransfer.js'
export {
  type InitiateWalletTransferParameters,
  InitiateWalletTransferParametersSchema,
  type InitiateWalletTransferReturnType,
  initiateWalletTransfer,
} from './funding/initiateWalletTransfer.js'
export {
  type InitiateWithdrawalToSpotWalletParameters,
  InitiateWithdrawalToSpotWalletParametersSchema,
  type InitiateWithdrawalToSpotWalletReturnType,
  initiateWithdrawalToSpotWallet,
} from './funding/initiateWithdrawalToSpotWallet.js'
export {
  type GetFeeSchedulesParameters,
  GetFeeSchedulesParametersSchema,
  type GetFeeSchedulesReturnType,
  getFeeSchedules,
} from './market/getFeeSchedules.js'
export {
  type GetFeeSchedulesVolParameters,
  GetFeeSchedulesVolParametersSchema,
  type GetFeeSchedulesVolReturnType,
  getFeeSchedulesVol,
} from './market/getFeeSchedulesVol.js'
export {
  type GetHistoricalFundingRatesParameters,
  GetHistoricalFundingRatesParametersSchema,
  type GetHistoricalFundingRatesReturnType,
  getHistoricalFundingRates,
} from './market/getHistoricalFundingRates.js'
export {
  type GetInstrumentStatusParameters,
  GetInstrumentStatusParametersSchema,
  type GetInstrumentStatusReturnType,
  getInstrumentStatus,
} from './market/getInstrumentStatus.js'
export {
  type GetInstrumentsParameters,
  GetInstrumentsParametersSchema,
  type GetInstrumentsReturnType,
  getInstruments,
} from './market/getInstruments.js'
export {
  type GetInstrumentsStatusParameters,
  GetInstrumentsStatusParametersSchema,
  type GetInstrumentsStatusReturnType,
  getInstrumentsStatus,
} from './market/getInstrumentsStatus.js'
export {
  type GetLeveragePreferenceParameters,
  GetLeveragePreferenceParametersSchema,
  type GetLeveragePreferenceReturnType,
  getLeveragePreference,
} from './market/getLeveragePreference.js'
export {
  type GetLiquidityPoolStatsParameters,
  GetLiquidityPoolStatsParametersSchema,
  type GetLiquidityPoolStatsReturnType,
  getLiquidityPoolStats,
} from './market/getLiquidityPoolStats.js'
export {
  type GetMarketAnalyticsParameters,
  GetMarketAnalyticsParametersSchema,
  type GetMarketAnalyticsReturnType,
  getMarketAnalytics,
} from './market/getMarketAnalytics.js'
export {
  type GetOhlcParameters,
  GetOhlcParametersSchema,
  type GetOhlcReturnType,
  getOhlc,
} from './market/getOhlc.js'
export {
  type GetOpenRfqParameters,
  GetOpenRfqParametersSchema,
  type GetOpenRfqReturnType,
  getOpenRfq,
} from './market/getOpenRfq.js'
export {
  type GetOpenRfqsParameters,
  GetOpenRfqsParametersSchema,
  type GetOpenRfqsReturnType,
  getOpenRfqs,
} from './market/getOpenRfqs.js'
export {
  type GetOrderbookParameters,
  GetOrderbookParametersSchema,
  type GetOrderbookReturnType,
  getOrderbook,
} from './market/getOrderbook.js'
export {
  type GetPnlPreferenceParameters,
  GetPnlPreferenceParametersSchema,
  type GetPnlPreferenceReturnType,
  getPnlPreference,
} from './market/getPnlPreference.js'
export {
  type GetPublicExecutionEventsParameters,
  GetPublicExecutionEventsParametersSchema,
  type GetPublicExecutionEventsReturnType,
  getPublicExecutionEvents,
} from './market/getPublicExecutionEvents.js'
export {
  type GetPublicMarkPriceEventsParameters,
  GetPublicMarkPriceEventsParametersSchema,
  type GetPublicMarkPriceEventsReturnType,
  getPublicMarkPriceEvents,
} from './market/getPublicMarkPriceEvents.js'
export {
  type GetPublicOrderEventsParameters,
  GetPublicOrderEventsParametersSchema,
  type GetPublicOrderEventsReturnType,
  getPublicOrderEvents,
} from './market/getPublicOrderEvents.js'
export {
  type GetResolutionsParameters,
  GetResolutionsParametersSchema,
  type GetResolutionsReturnType,
  getResolutions,
} from './market/getResolutions.js'
export {
  type GetTickerParameters,
  GetTickerParametersSchema,
  type GetTickerReturnType,
  getTicker,
} from './market/getTicker.js'
export {
  type GetTickersParameters,
  GetTickersParametersSchema,
  type GetTickersReturnType,
  getTickers,
} from './market/getTickers.js'
export {
  type GetTickTypesParameters,
  GetTickTypesParametersSchema,
  type GetTickTypesReturnType,
  getTickTypes,
} from './market/getTickTypes.js'
export {
  type GetTradeableProductsParameters,
  GetTradeableProductsParametersSchema,
  type GetTradeableProductsReturnType,
  getTradeableProducts,
} from './market/getTradeableProducts.js'
export {
  type GetTradeHistoryParameters,
  GetTradeHistoryParametersSchema,
  type GetTradeHistoryReturnType,
  getTradeHistory,
} from './market/getTradeHistory.js'
export {
  type SetLeveragePreferenceParameters,
  SetLeveragePreferenceParametersSchema,
  type SetLeveragePreferenceReturnType,
  setLeveragePreference,
} from './market/setLeveragePreference.js'
export {
  type SetPnlPreferenceParameters,
  SetPnlPreferenceParametersSchema,
  type SetPnlPreferenceReturnType,
  setPnlPreference,
} from './market/setPnlPreference.js'
export {
  type CancelAllOrdersParameters,
  CancelAllOrdersParametersSchema,
  type CancelAllOrdersReturnType,
  cancelAllOrders,
} from './trade/cancelAllOrders.js'
export {
  type CancelOrderParameters,
  CancelOrderParametersSchema,
  type CancelOrderReturnType,
  cancelOrder,
} from './trade/cancelOrder.js'
export {
  type CancelRfqOfferParameters,
  CancelRfqOfferParametersSchema,
  type CancelRfqOfferReturnType,
  cancelRfqOffer,
} from './trade/cancelRfqOffer.js'
export {
  BatchCancelSchema,
  BatchEditSchema,
  BatchSendSchema,
  type CreateBatchOrderParameters,
  CreateBatchOrderParametersSchema,
  type CreateBatchOrderReturnType,
  createBatchOrder,
} from './trade/createBatchOrder.js'
export {
  type CreateOrderParameters,
  CreateOrderParametersSchema,
  type CreateOrderReturnType,
  createOrder,
} from './trade/createOrder.js'
export {
  type DeadMansSwitchParameters,
  DeadMansSwitchParametersSchema,
  type DeadMansSwitchReturnType,
  deadMansSwitch,
} from './trade/deadMansSwitch.js'
export {
  type EditOrderParameters,
  EditOrderParametersSchema,
  type EditOrderReturnType,
  editOrder,
} from './trade/editOrder.js'
export {
  type GetFillsParameters,
  GetFillsParametersSchema,
  type GetFillsReturnType,
  getFills,
} from './trade/getFills.js'
export {
  type GetOpenRfqOffersParameters,
  GetOpenRfqOffersParametersSchema,
  type GetOpenRfqOffersReturnType,
  getOpenRfqOffers,
} from './trade/getOpenRfqOffers.js'
export {
  type GetOrdersStatusParameters,
  GetOrdersStatusParametersSchema,
  type GetOrdersStatusReturnType,
  getOrdersStatus,
} from './trade/getOrdersStatus.js'
export {
  type GetSelfTradeStrategyParameters,
  GetSelfTradeStrategyParametersSchema,
  type GetSelfTradeStrategyReturnType,
  getSelfTradeStrategy,
} from './trade/getSelfTradeStrategy.js'
export {
  type PlaceRfqOfferParameters,
  PlaceRfqOfferParametersSchema,
  type PlaceRfqOfferReturnType,
  placeRfqOffer,
} from './trade/placeRfqOffer.js'
export {
  type ReplaceRfqOfferParameters,
  ReplaceRfqOfferParametersSchema,
  type ReplaceRfqOfferReturnType,
  replaceRfqOffer,
} from './trade/replaceRfqOffer.js'
export {
  type SetSelfTradeStrategyParameters,
  SetSelfTradeStrategyParametersSchema,
  type SetSelfTradeStrategyReturnType,
  setSelfTradeStrategy,
} from './trade/setSelfTradeStrategy.js'
export {
  type AddAssignmentProgramParameters,
  AddAssignmentProgramParametersSchema,
  type AddAssignmentProgramReturnType,
  addAssignmentProgram,
} from './user/addAssignmentProgram.js'
export {
  type CheckApiKeyParameters,
  CheckApiKeyParametersSchema,
  type CheckApiKeyReturnType,
  checkApiKey,
} from './user/checkApiKey.js'
export {
  type CheckTradingEnabledOnSubaccountParameters,
  CheckTradingEnabledOnSubaccountParametersSchema,
  type CheckTradingEnabledOnSubaccountReturnType,
  checkTradingEnabledOnSubaccount,
} from './user/checkTradingEnabledOnSubaccount.js'
export {
  type DeleteAssignmentProgramParameters,
  DeleteAssignmentProgramParametersSchema,
  type DeleteAssignmentProgramReturnType,
  deleteAssignmentProgram,
} from './user/deleteAssignmentProgram.js'
export {
  type GetAccountLogParameters,
  GetAccountLogParametersSchema,
  type GetAccountLogReturnType,
  getAccountLog,
} from './user/getAccountLog.js'
export {
  type GetAccountLogCsvParameters,
  GetAccountLogCsvParametersSchema,
  type GetAccountLogCsvReturnType,
  getAccountLogCsv,
} from './user/getAccountLogCsv.js'
export {
  type GetAssignmentProgramCurrentParameters,
  GetAssignmentProgramCurrentParametersSchema,
  type GetAssignmentProgramCurrentReturnType,
  getAssignmentProgramCurrent,
} from './user/getAssignmentProgramCurrent.js'
export {
  type GetAssignmentProgramHistoryParameters,
  GetAssignmentProgramHistoryParametersSchema,
  type GetAssignmentProgramHistoryReturnType,
  getAssignmentProgramHistory,
} from './user/getAssignmentProgramHistory.js'
export {
  type GetExecutionEventsParameters,
  GetExecutionEventsParametersSchema,
  type GetExecutionEventsReturnType,
  getExecutionEvents,
} from './user/getExecutionEvents.js'
export {
  type GetNotificationsParameters,
  GetNotificationsParametersSchema,
  type GetNotificationsReturnType,
  getNotifications,
} from './user/getNotifications.js'
export {
  type GetOpenOrdersParameters,
  GetOpenOrdersParametersSchema,
  type GetOpenOrdersReturnType,
  getOpenOrders,
} from './user/getOpenOrders.js'
export {
  type GetOpenPositionsParameters,
  GetOpenPositionsParametersSchema,
  type GetOpenPositionsReturnType,
  getOpenPositions,
} from './user/getOpenPositions.js'
export {
  type GetOrderEventsParameters,
  GetOrderEventsParametersSchema,
  type GetOrderEventsReturnType,
  getOrderEvents,
} from './user/getOrderEvents.js'
export {
  type GetPortfolioMarginingParametersParameters,
  GetPortfolioMarginingParametersParametersSchema,
  type GetPortfolioMarginingParametersReturnType,
  getPortfolioMarginingParameters,
} from './user/getPortfolioMarginingParameters.js'
export {
  type GetPositionEventsParameters,
  GetPositionEventsParametersSchema,
  type GetPositionEventsReturnType,
  getPositionEvents,
} from './user/getPositionEvents.js'
export {
  type GetSelfMarketShareParameters,
  GetSelfMarketShareParametersSchema,
  type GetSelfMarketShareReturnType,
  getSelfMarketShare,
} from './user/getSelfMarketShare.js'
export {
  type GetSubaccountsParameters,
  GetSubaccountsParametersSchema,
  type GetSubaccountsReturnType,
  getSubaccounts,
} from './user/getSubaccounts.js'
export {
  type GetTriggerEventsParameters,
  GetTriggerEventsParametersSchema,
  type GetTriggerEventsReturnType,
  getTriggerEvents,
} from './user/getTriggerEvents.js'
export {
  type GetUnwindQueueParameters,
  GetUnwindQueueParametersSchema,
  type GetUnwindQueueReturnType,
  getUnwindQueue,
} from './user/getUnwindQueue.js'
export {
  type GetWalletsParameters,
  GetWalletsParametersSchema,
  type GetWalletsReturnType,
  getWallets,
} from './user/getWallets.js'
export {
  type SetTradingOnSubaccountParameters,
  SetTradingOnSubaccountParametersSchema,
  type SetTradingOnSubaccountReturnType,
  setTradingOnSubaccount,
} from './user/setTradingOnSubaccount.js'
export {
  type SimulatePortfolioParameters,
  SimulatePortfolioParametersSchema,
  type SimulatePortfolioReturnType,
  simulatePortfolio,
} from './user/simulatePortfolio.js'
