/** Which counter of Kraken's trading engine an order call feeds, with which penalty row (kraken-facts §2). */
export type TradingCostKind = 'add' | 'batchAdd' | 'edit' | 'amend' | 'cancel' | 'batchCancel'

/** One row of the endpoint table. */
export type EndpointSpec = {
  /** `'GET /0/public/Ticker'`, `'POST /0/private/AddOrder'`. */
  readonly route: string
  /** Signed with API-Key/API-Sign and a nonce. */
  readonly auth: boolean
  /** Namespace class that carries the method. */
  readonly namespace: 'Market' | 'User' | 'Trade' | 'Funding' | 'Earn'
  /** python-kraken-sdk's method name (`null` when Python has none). */
  readonly python: string | null
  /** REST call counter cost (private calls: 1, ledger/trade history: 2). Public calls do not use the key's counter. */
  readonly cost?: number
  /** Trading-engine counter instead of the REST counter (AddOrder, CancelOrder, …). */
  readonly trading?: TradingCostKind
  /** Safe to repeat: read-only calls. `false` rows are never retried once they may have been sent. */
  readonly idempotent: boolean
  /** The body is JSON instead of a form (Kraken wants JSON for list-of-object parameters). */
  readonly json?: boolean
  /** The response is a download (bytes), not a JSON envelope. */
  readonly raw?: boolean
  /** Other names of the same method (seed errata, kept for python-kraken-sdk docs parity). */
  readonly aliases?: readonly string[]
  /** docs.kraken.com page. */
  readonly docs: string
}

const DOCS = 'https://docs.kraken.com/api/docs/rest-api/'

/**
 * The endpoint table: one row per Kraken Spot REST operation (54, the official OpenAPI spec), keyed by the @k method
 * name. It is data: `SpotClient.request` reads auth, cost, JSON and retry rules from it, tests iterate it.
 *
 * @example
 * import { spotEndpoints } from '@k/spot-rest'
 * spotEndpoints.createOrder.route // 'POST /0/private/AddOrder'
 */
export const spotEndpoints = {
  // Market data (public GETs; idempotent, retried on 5xx/EService:Unavailable)
  getServerTime: {
    route: 'GET /0/public/Time',
    auth: false,
    namespace: 'Market',
    python: null,
    idempotent: true,
    docs: `${DOCS}get-server-time`,
  },
  getSystemStatus: {
    route: 'GET /0/public/SystemStatus',
    auth: false,
    namespace: 'Market',
    python: 'get_system_status',
    idempotent: true,
    docs: `${DOCS}get-system-status`,
  },
  getAssets: {
    route: 'GET /0/public/Assets',
    auth: false,
    namespace: 'Market',
    python: 'get_assets',
    idempotent: true,
    docs: `${DOCS}get-asset-info`,
  },
  getAssetPairs: {
    route: 'GET /0/public/AssetPairs',
    auth: false,
    namespace: 'Market',
    python: 'get_asset_pairs',
    idempotent: true,
    docs: `${DOCS}get-tradable-asset-pairs`,
  },
  getTicker: {
    route: 'GET /0/public/Ticker',
    auth: false,
    namespace: 'Market',
    python: 'get_ticker',
    idempotent: true,
    docs: `${DOCS}get-ticker-information`,
  },
  getOhlc: {
    route: 'GET /0/public/OHLC',
    auth: false,
    namespace: 'Market',
    python: 'get_ohlc',
    idempotent: true,
    aliases: ['getOhlcv'],
    docs: `${DOCS}get-ohlc-data`,
  },
  getOrderBook: {
    route: 'GET /0/public/Depth',
    auth: false,
    namespace: 'Market',
    python: 'get_order_book',
    idempotent: true,
    docs: `${DOCS}get-order-book`,
  },
  getRecentTrades: {
    route: 'GET /0/public/Trades',
    auth: false,
    namespace: 'Market',
    python: 'get_recent_trades',
    idempotent: true,
    docs: `${DOCS}get-recent-trades`,
  },
  getRecentSpreads: {
    route: 'GET /0/public/Spread',
    auth: false,
    namespace: 'Market',
    python: 'get_recent_spreads',
    idempotent: true,
    docs: `${DOCS}get-recent-spreads`,
  },
  // Account data
  getAccountBalance: {
    route: 'POST /0/private/Balance',
    auth: true,
    namespace: 'User',
    python: 'get_account_balance',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-account-balance`,
  },
  getBalances: {
    route: 'POST /0/private/BalanceEx',
    auth: true,
    namespace: 'User',
    python: 'get_balances',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-extended-balance`,
  },
  getCreditLines: {
    route: 'POST /0/private/CreditLines',
    auth: true,
    namespace: 'User',
    python: null,
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-credit-lines`,
  },
  getTradeBalance: {
    route: 'POST /0/private/TradeBalance',
    auth: true,
    namespace: 'User',
    python: 'get_trade_balance',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-trade-balance`,
  },
  getOpenOrders: {
    route: 'POST /0/private/OpenOrders',
    auth: true,
    namespace: 'User',
    python: 'get_open_orders',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-open-orders`,
  },
  getClosedOrders: {
    route: 'POST /0/private/ClosedOrders',
    auth: true,
    namespace: 'User',
    python: 'get_closed_orders',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-closed-orders`,
  },
  getOrdersInfo: {
    route: 'POST /0/private/QueryOrders',
    auth: true,
    namespace: 'User',
    python: 'get_orders_info',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-orders-info`,
  },
  getOrderAmends: {
    route: 'POST /0/private/OrderAmends',
    auth: true,
    namespace: 'User',
    python: 'get_order_amends',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-order-amends`,
  },
  // Kraken: "Ledger/trade history calls increase the counter by 2."
  getTradesHistory: {
    route: 'POST /0/private/TradesHistory',
    auth: true,
    namespace: 'User',
    python: 'get_trades_history',
    cost: 2,
    idempotent: true,
    docs: `${DOCS}get-trade-history`,
  },
  getTradesInfo: {
    route: 'POST /0/private/QueryTrades',
    auth: true,
    namespace: 'User',
    python: 'get_trades_info',
    cost: 2,
    idempotent: true,
    docs: `${DOCS}get-trades-info`,
  },
  getOpenPositions: {
    route: 'POST /0/private/OpenPositions',
    auth: true,
    namespace: 'User',
    python: 'get_open_positions',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-open-positions`,
  },
  // python-kraken-sdk's names are swapped relative to the paths: get_ledgers_info → Ledgers, get_ledgers → QueryLedgers.
  getLedgersInfo: {
    route: 'POST /0/private/Ledgers',
    auth: true,
    namespace: 'User',
    python: 'get_ledgers_info',
    cost: 2,
    idempotent: true,
    docs: `${DOCS}get-ledgers`,
  },
  getLedgers: {
    route: 'POST /0/private/QueryLedgers',
    auth: true,
    namespace: 'User',
    python: 'get_ledgers',
    cost: 2,
    idempotent: true,
    docs: `${DOCS}get-ledgers-info`,
  },
  getTradeVolume: {
    route: 'POST /0/private/TradeVolume',
    auth: true,
    namespace: 'User',
    python: 'get_trade_volume',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-trade-volume`,
  },
  requestExportReport: {
    route: 'POST /0/private/AddExport',
    auth: true,
    namespace: 'User',
    python: 'request_export_report',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}add-export`,
  },
  getExportReportStatus: {
    route: 'POST /0/private/ExportStatus',
    auth: true,
    namespace: 'User',
    python: 'get_export_report_status',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}export-status`,
  },
  retrieveExport: {
    route: 'POST /0/private/RetrieveExport',
    auth: true,
    namespace: 'User',
    python: 'retrieve_export',
    cost: 1,
    idempotent: true,
    raw: true,
    docs: `${DOCS}retrieve-export`,
  },
  deleteExportReport: {
    route: 'POST /0/private/RemoveExport',
    auth: true,
    namespace: 'User',
    python: 'delete_export_report',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}remove-export`,
  },
  createSubaccount: {
    route: 'POST /0/private/CreateSubaccount',
    auth: true,
    namespace: 'User',
    python: 'create_subaccount',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}create-subaccount`,
  },
  accountTransfer: {
    route: 'POST /0/private/AccountTransfer',
    auth: true,
    namespace: 'User',
    python: 'account_transfer',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}account-transfer`,
  },
  getWebSocketsToken: {
    route: 'POST /0/private/GetWebSocketsToken',
    auth: true,
    namespace: 'User',
    python: null,
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-websockets-token`,
  },
  // Trading: the trading-engine counter per pair instead of the REST counter.
  createOrder: {
    route: 'POST /0/private/AddOrder',
    auth: true,
    namespace: 'Trade',
    python: 'create_order',
    trading: 'add',
    idempotent: false,
    docs: `${DOCS}add-order`,
  },
  createOrderBatch: {
    route: 'POST /0/private/AddOrderBatch',
    auth: true,
    namespace: 'Trade',
    python: 'create_order_batch',
    trading: 'batchAdd',
    idempotent: false,
    json: true,
    docs: `${DOCS}add-order-batch`,
  },
  editOrder: {
    route: 'POST /0/private/EditOrder',
    auth: true,
    namespace: 'Trade',
    python: 'edit_order',
    trading: 'edit',
    idempotent: false,
    docs: `${DOCS}edit-order`,
  },
  amendOrder: {
    route: 'POST /0/private/AmendOrder',
    auth: true,
    namespace: 'Trade',
    python: 'amend_order',
    trading: 'amend',
    idempotent: false,
    docs: `${DOCS}amend-order`,
  },
  cancelOrder: {
    route: 'POST /0/private/CancelOrder',
    auth: true,
    namespace: 'Trade',
    python: 'cancel_order',
    trading: 'cancel',
    idempotent: false,
    docs: `${DOCS}cancel-order`,
  },
  cancelAllOrders: {
    route: 'POST /0/private/CancelAll',
    auth: true,
    namespace: 'Trade',
    python: 'cancel_all_orders',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}cancel-all-orders`,
  },
  cancelAllOrdersAfterX: {
    route: 'POST /0/private/CancelAllOrdersAfter',
    auth: true,
    namespace: 'Trade',
    python: 'cancel_all_orders_after_x',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}cancel-all-orders-after`,
  },
  cancelOrderBatch: {
    route: 'POST /0/private/CancelOrderBatch',
    auth: true,
    namespace: 'Trade',
    python: 'cancel_order_batch',
    trading: 'batchCancel',
    idempotent: false,
    json: true,
    docs: `${DOCS}cancel-order-batch`,
  },
  // Funding
  getDepositMethods: {
    route: 'POST /0/private/DepositMethods',
    auth: true,
    namespace: 'Funding',
    python: 'get_deposit_methods',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-deposit-methods`,
  },
  getDepositAddress: {
    route: 'POST /0/private/DepositAddresses',
    auth: true,
    namespace: 'Funding',
    python: 'get_deposit_address',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}get-deposit-addresses`,
  },
  getRecentDepositsStatus: {
    route: 'POST /0/private/DepositStatus',
    auth: true,
    namespace: 'Funding',
    python: 'get_recent_deposits_status',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-status-recent-deposits`,
  },
  withdrawMethods: {
    route: 'POST /0/private/WithdrawMethods',
    auth: true,
    namespace: 'Funding',
    python: 'withdraw_methods',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-withdrawal-methods`,
  },
  withdrawAddresses: {
    route: 'POST /0/private/WithdrawAddresses',
    auth: true,
    namespace: 'Funding',
    python: 'withdraw_addresses',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-withdrawal-addresses`,
  },
  getWithdrawalInfo: {
    route: 'POST /0/private/WithdrawInfo',
    auth: true,
    namespace: 'Funding',
    python: 'get_withdrawal_info',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-withdrawal-information`,
  },
  withdrawFunds: {
    route: 'POST /0/private/Withdraw',
    auth: true,
    namespace: 'Funding',
    python: 'withdraw_funds',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}withdraw-funds`,
  },
  getRecentWithdrawStatus: {
    route: 'POST /0/private/WithdrawStatus',
    auth: true,
    namespace: 'Funding',
    python: 'get_recent_withdraw_status',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-status-recent-withdrawals`,
  },
  cancelWithdraw: {
    route: 'POST /0/private/WithdrawCancel',
    auth: true,
    namespace: 'Funding',
    python: 'cancel_withdraw',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}cancel-withdrawal`,
  },
  walletTransfer: {
    route: 'POST /0/private/WalletTransfer',
    auth: true,
    namespace: 'Funding',
    python: 'wallet_transfer',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}wallet-transfer`,
  },
  // Earn
  allocateEarnFunds: {
    route: 'POST /0/private/Earn/Allocate',
    auth: true,
    namespace: 'Earn',
    python: 'allocate_earn_funds',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}allocate-strategy`,
  },
  deallocateEarnFunds: {
    route: 'POST /0/private/Earn/Deallocate',
    auth: true,
    namespace: 'Earn',
    python: 'deallocate_earn_funds',
    cost: 1,
    idempotent: false,
    docs: `${DOCS}deallocate-strategy`,
  },
  getAllocationStatus: {
    route: 'POST /0/private/Earn/AllocateStatus',
    auth: true,
    namespace: 'Earn',
    python: 'get_allocation_status',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-allocate-strategy-status`,
  },
  getDeallocationStatus: {
    route: 'POST /0/private/Earn/DeallocateStatus',
    auth: true,
    namespace: 'Earn',
    python: 'get_deallocation_status',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}get-deallocate-strategy-status`,
  },
  // `lock_type` is a list: sent as JSON, which Kraken's spec documents for every Earn call.
  listEarnStrategies: {
    route: 'POST /0/private/Earn/Strategies',
    auth: true,
    namespace: 'Earn',
    python: 'list_earn_strategies',
    cost: 1,
    idempotent: true,
    json: true,
    docs: `${DOCS}list-strategies`,
  },
  listEarnAllocations: {
    route: 'POST /0/private/Earn/Allocations',
    auth: true,
    namespace: 'Earn',
    python: 'list_earn_allocations',
    cost: 1,
    idempotent: true,
    docs: `${DOCS}list-allocations`,
  },
} as const satisfies Record<string, EndpointSpec>

/** A method name of the endpoint table. */
export type SpotEndpointName = keyof typeof spotEndpoints

/** Helpers that Python has on the Spot classes but that are not one endpoint. */
export const spotHelpers = {
  getBalance: { namespace: 'User', python: 'get_balance' },
  truncate: { namespace: 'Trade', python: 'truncate' },
} as const
