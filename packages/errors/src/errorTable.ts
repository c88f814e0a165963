import { KrakenApiLimitExceededError } from './KrakenApiLimitExceededError.js'
import { KrakenAuctionNotOwnedByUserError } from './KrakenAuctionNotOwnedByUserError.js'
import { KrakenAuthenticationError } from './KrakenAuthenticationError.js'
import { KrakenAuthenticationFailedError } from './KrakenAuthenticationFailedError.js'
import { KrakenBadRequestError } from './KrakenBadRequestError.js'
import { KrakenCannotOpenPositionError } from './KrakenCannotOpenPositionError.js'
import { KrakenCostMinimumNotMetError } from './KrakenCostMinimumNotMetError.js'
import { KrakenDeadlineElapsedError } from './KrakenDeadlineElapsedError.js'
import { KrakenEarnAllocationExceededError } from './KrakenEarnAllocationExceededError.js'
import { KrakenEarnAllocationInProgressError } from './KrakenEarnAllocationInProgressError.js'
import { KrakenEarnDeallocationExceededError } from './KrakenEarnDeallocationExceededError.js'
import { KrakenEarnInsufficientFundsError } from './KrakenEarnInsufficientFundsError.js'
import { KrakenEarnMinimumAllocationError } from './KrakenEarnMinimumAllocationError.js'
import { KrakenEarnStrategyNotFoundError } from './KrakenEarnStrategyNotFoundError.js'
import { KrakenEarnTemporaryUnavailableError } from './KrakenEarnTemporaryUnavailableError.js'
import { KrakenEarnTierVerificationError } from './KrakenEarnTierVerificationError.js'
import { KrakenError, type KrakenErrorCategory, type KrakenErrorInit } from './KrakenError.js'
import { KrakenInsufficientAvailableFundsError } from './KrakenInsufficientAvailableFundsError.js'
import { KrakenInsufficientFundsError } from './KrakenInsufficientFundsError.js'
import { KrakenInsufficientMarginError } from './KrakenInsufficientMarginError.js'
import { KrakenInvalidAccountError } from './KrakenInvalidAccountError.js'
import { KrakenInvalidAmountError } from './KrakenInvalidAmountError.js'
import { KrakenInvalidAPIKeyError } from './KrakenInvalidAPIKeyError.js'
import { KrakenInvalidArgumentBelowMinError } from './KrakenInvalidArgumentBelowMinError.js'
import { KrakenInvalidArgumentOfferNotFoundError } from './KrakenInvalidArgumentOfferNotFoundError.js'
import { KrakenInvalidArgumentsError } from './KrakenInvalidArgumentsError.js'
import { KrakenInvalidArgumentsExpireTimeError } from './KrakenInvalidArgumentsExpireTimeError.js'
import { KrakenInvalidArgumentsIndexUnavailableError } from './KrakenInvalidArgumentsIndexUnavailableError.js'
import { KrakenInvalidArgumentsStartTimeError } from './KrakenInvalidArgumentsStartTimeError.js'
import { KrakenInvalidNonceError } from './KrakenInvalidNonceError.js'
import { KrakenInvalidOrderError } from './KrakenInvalidOrderError.js'
import { KrakenInvalidPriceError } from './KrakenInvalidPriceError.js'
import { KrakenInvalidReferenceIdError } from './KrakenInvalidReferenceIdError.js'
import { KrakenInvalidSignatureError } from './KrakenInvalidSignatureError.js'
import { KrakenInvalidStakingMethodError } from './KrakenInvalidStakingMethodError.js'
import { KrakenInvalidUnitError } from './KrakenInvalidUnitError.js'
import { KrakenMarginAllowedExceededError } from './KrakenMarginAllowedExceededError.js'
import { KrakenMarginLevelToLowError } from './KrakenMarginLevelToLowError.js'
import { KrakenMarginPositionSizeExceededError } from './KrakenMarginPositionSizeExceededError.js'
import { KrakenMarketInOnlyCancelModeError } from './KrakenMarketInOnlyCancelModeError.js'
import { KrakenMarketInOnlyPostModeError } from './KrakenMarketInOnlyPostModeError.js'
import { KrakenMaxFeeExceededError } from './KrakenMaxFeeExceededError.js'
import { KrakenNotFoundError } from './KrakenNotFoundError.js'
import { KrakenOrderForEditNotFoundError } from './KrakenOrderForEditNotFoundError.js'
import { KrakenOrderLimitsExceededError } from './KrakenOrderLimitsExceededError.js'
import { KrakenOrderMinimumNotMetError } from './KrakenOrderMinimumNotMetError.js'
import { KrakenPermissionDeniedError } from './KrakenPermissionDeniedError.js'
import { KrakenPositionLimitExceededError } from './KrakenPositionLimitExceededError.js'
import { KrakenRateLimitExceededError } from './KrakenRateLimitExceededError.js'
import { KrakenRequiredArgumentMissingError } from './KrakenRequiredArgumentMissingError.js'
import { KrakenServiceUnavailableError } from './KrakenServiceUnavailableError.js'
import { KrakenTemporaryLockoutError } from './KrakenTemporaryLockoutError.js'
import { KrakenTickSizeInvalidCheckError } from './KrakenTickSizeInvalidCheckError.js'
import { KrakenToManyAddressesError } from './KrakenToManyAddressesError.js'
import { KrakenUnavailableError } from './KrakenUnavailableError.js'
import { KrakenUnknownAssetError } from './KrakenUnknownAssetError.js'
import { KrakenUnknownAssetPairError } from './KrakenUnknownAssetPairError.js'
import { KrakenUnknownMethodError } from './KrakenUnknownMethodError.js'
import { KrakenUnknownOrderError } from './KrakenUnknownOrderError.js'
import { KrakenUnknownPositionError } from './KrakenUnknownPositionError.js'
import { KrakenUnknownReferenceIdError } from './KrakenUnknownReferenceIdError.js'
import { KrakenUnknownWithdrawKeyError } from './KrakenUnknownWithdrawKeyError.js'

/** A constructor `toKrakenError` can instantiate: every class in @k/errors except KrakenValidationError. */
export type KrakenErrorConstructor = (new (
  shortMessage: string,
  init?: KrakenErrorInit,
) => KrakenError) & {
  readonly defaults: { readonly name: string }
  isInstance(value: unknown): boolean
}

/** One row of the mapping from a Kraken error string to an @k error. */
export type ErrorRow = {
  /** The Kraken string (`EAPI:Invalid nonce`), Futures code (`apiLimitExceeded`) or the `E<Category>:` head. */
  readonly match: string
  /**
   * `exact`: only this string (Futures codes, case-sensitive). `prefix`: this string or any longer one that starts
   * with it (Spot strings carry extra text after a `:`, e.g. `EGeneral:Invalid arguments:volume`). `category`: the
   * fallback for an unknown string with this `E<Category>:` head.
   */
  readonly kind: 'exact' | 'prefix' | 'category'
  /** Where Kraken sends it: Spot REST/WS `error` array, Futures `error` field, Futures `sendStatus`/`batchStatus`, WS. */
  readonly source: 'spot' | 'futures' | 'futures-status' | 'ws'
  readonly error: KrakenErrorConstructor
  readonly category: KrakenErrorCategory
  readonly retryable: boolean
  /** What it means: one sentence, used as the error's `shortMessage`. */
  readonly means: string
  /** What to do about it (printed by the CLI and added to the message). */
  readonly todo: string
  readonly docsUrl: string
}

const SPOT_ERRORS = 'https://docs.kraken.com/api/docs/guides/spot-errors'
const SPOT_AUTH = 'https://docs.kraken.com/api/docs/guides/spot-rest-auth'
const SPOT_REST_LIMITS = 'https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits'
const SPOT_TRADING_LIMITS = 'https://docs.kraken.com/api/docs/guides/spot-ratelimits'
const SPOT_ADD_ORDER = 'https://docs.kraken.com/api/docs/rest-api/add-order'
const SPOT_ASSET_PAIRS = 'https://docs.kraken.com/api/docs/rest-api/get-tradable-asset-pairs'
const SPOT_FUNDING = 'https://docs.kraken.com/api/docs/rest-api/withdraw-funds'
const SPOT_EARN = 'https://docs.kraken.com/api/docs/rest-api/allocate-strategy'
const SPOT_WS = 'https://docs.kraken.com/api/docs/guides/spot-ws-intro'
const STATUS = 'https://status.kraken.com'
const FUTURES = 'https://docs.kraken.com/api/docs/guides/futures-rest'
const FUTURES_LIMITS = 'https://docs.kraken.com/api/docs/guides/futures-rate-limits'
const FUTURES_SEND = 'https://docs.kraken.com/api/docs/futures-api/trading/send-order'
const FUTURES_EDIT = 'https://docs.kraken.com/api/docs/futures-api/trading/edit-order-spring'
const FUTURES_CANCEL = 'https://docs.kraken.com/api/docs/futures-api/trading/cancel-order'
const FUTURES_TRANSFER = 'https://docs.kraken.com/api/docs/futures-api/trading/transfer'

type Fields = [
  error: KrakenErrorConstructor,
  category: KrakenErrorCategory,
  retryable: boolean,
  means: string,
  todo: string,
  docsUrl: string,
]
const spot = (match: string, ...[error, category, retryable, means, todo, docsUrl]: Fields): ErrorRow => ({
  match,
  kind: 'prefix',
  source: 'spot',
  error,
  category,
  retryable,
  means,
  todo,
  docsUrl,
})
const futures = (match: string, ...[error, category, retryable, means, todo, docsUrl]: Fields): ErrorRow => ({
  match,
  kind: 'exact',
  source: 'futures',
  error,
  category,
  retryable,
  means,
  todo,
  docsUrl,
})
const status = (match: string, ...[error, category, retryable, means, todo, docsUrl]: Fields): ErrorRow => ({
  match,
  kind: 'exact',
  source: 'futures-status',
  error,
  category,
  retryable,
  means,
  todo,
  docsUrl,
})
const ws = (match: string, ...[error, category, retryable, means, todo, docsUrl]: Fields): ErrorRow => ({
  match,
  kind: 'prefix',
  source: 'ws',
  error,
  category,
  retryable,
  means,
  todo,
  docsUrl,
})
const head = (match: string, ...[error, category, retryable, means, todo, docsUrl]: Fields): ErrorRow => ({
  match,
  kind: 'category',
  source: 'spot',
  error,
  category,
  retryable,
  means,
  todo,
  docsUrl,
})

const RECONCILE = 'If this was an order call, check OpenOrders/ClosedOrders by cl_ord_id or userref before retrying.'

/**
 * Every Kraken error string @k knows, mapped to a class, a category, `retryable` and a "what it means / what to do"
 * hint. Sources: python-kraken-sdk's `EXCEPTION_ASSIGNMENT`, Kraken's Spot error guide and rate-limit guides, ccxt's
 * exact and broad maps, the Futures `error` codes and the Futures `sendStatus`/`editStatus`/`batchStatus` statuses.
 *
 * Lookup (see `toKrakenError`): exact string → longest `prefix` row → `E<Category>:` row → unknown. Spot strings are
 * matched after collapsing spaces around `:` (Kraken sends both `EService:Throttled:…` and `EService: Throttled: …`).
 *
 * Docs: https://docs.kraken.com/api/docs/guides/spot-errors
 *
 * @example
 * import { errorTable } from '@k/errors'
 * const retryable = errorTable.filter((row) => row.retryable).map((row) => row.match)
 */
// biome-ignore format: one row per line keeps the table readable
export const errorTable: readonly ErrorRow[] = [
  // ── Spot: EAPI ──────────────────────────────────────────────────────────────────────────────────────────────────
  spot('EAPI:Invalid key', KrakenInvalidAPIKeyError, 'auth', false, 'The API key was rejected (unknown, deleted or mistyped).', 'Check the API-Key; do not retry: repeated failures lead to EGeneral:Temporary lockout.', SPOT_AUTH),
  spot('EAPI:Invalid signature', KrakenInvalidSignatureError, 'auth', false, 'The API-Sign header did not match the request.', 'Check the API secret, and that the signed body is byte-for-byte the body sent.', SPOT_AUTH),
  spot('EAPI:Invalid nonce', KrakenInvalidNonceError, 'auth', false, 'The nonce was not higher than the last one Kraken saw for this key.', 'Use one key per process, or one shared nonce source; a key used by a tool with a larger nonce scale (python-kraken-sdk, kraken-cli) needs a new key or a larger nonce window.', SPOT_AUTH),
  spot('EAPI:Invalid token', KrakenAuthenticationError, 'auth', false, 'The WebSocket token was rejected or has expired.', 'Fetch a new token with GetWebSocketsToken and subscribe again.', SPOT_WS),
  spot('EAPI:Rate limit exceeded', KrakenApiLimitExceededError, 'rate_limit', true, 'The REST call-rate counter of this API key is full.', 'Slow down and retry after the counter decays (about 1 per 1-3 s depending on tier).', SPOT_REST_LIMITS),
  spot('EAPI:Bad request', KrakenBadRequestError, 'validation', false, 'The request payload is malformed, incorrect or ambiguous.', 'Check the parameters and the Content-Type of the request.', SPOT_ERRORS),
  spot('EAPI:Feature disabled', KrakenPermissionDeniedError, 'auth', false, 'The feature is disabled for this account or API key.', 'Enable the feature for the account, or use another endpoint.', SPOT_ERRORS),
  spot('EAPI:Invalid arguments', KrakenInvalidArgumentsError, 'validation', false, 'One of the arguments was rejected.', 'Check the parameter named after the colon.', SPOT_ERRORS),
  spot('EAPI:Invalid arguments:start_time must be < expire_time', KrakenInvalidArgumentsStartTimeError, 'validation', false, 'start_time must be before expire_time.', 'Send a start_time earlier than expire_time.', SPOT_ERRORS),
  spot('EAPI:Invalid arguments:expire_time above max', KrakenInvalidArgumentsExpireTimeError, 'validation', false, 'expire_time is later than allowed.', 'Send an earlier expire_time.', SPOT_ERRORS),
  spot('EAPI:Invalid arguments:price below min', KrakenInvalidArgumentBelowMinError, 'validation', false, 'The price is below the allowed minimum.', 'Raise the price.', SPOT_ERRORS),
  spot('EAPI:Invalid arguments:offer not found', KrakenInvalidArgumentOfferNotFoundError, 'validation', false, 'The referenced offer does not exist.', 'Check the offer id.', SPOT_ERRORS),
  // ── Spot: EAuth / ESession / ETrade ─────────────────────────────────────────────────────────────────────────────
  spot('EAuth:Failed', KrakenAuthenticationFailedError, 'auth', false, 'The account or its permissions could not be authenticated.', 'Check the API key, its permissions and the account status.', SPOT_AUTH),
  spot('ESession:Invalid session', KrakenAuthenticationError, 'auth', false, 'The session or WebSocket token is no longer valid.', 'Fetch a new WebSocket token (GetWebSocketsToken) and reconnect.', SPOT_WS),
  spot('ETrade:User Locked', KrakenPermissionDeniedError, 'auth', false, 'The account is locked for trading.', 'Contact Kraken support; retrying will not help.', SPOT_ERRORS),
  // ── Spot: EGeneral ──────────────────────────────────────────────────────────────────────────────────────────────
  spot('EGeneral:Invalid arguments', KrakenInvalidArgumentsError, 'validation', false, 'The request payload is malformed, incorrect or ambiguous.', 'Check the parameter named after the colon (e.g. volume, price, viqc).', SPOT_ERRORS),
  spot('EGeneral:Invalid arguments:Index unavailable', KrakenInvalidArgumentsIndexUnavailableError, 'validation', false, 'Index pricing is unavailable for stop/profit orders on this pair.', 'Use trigger=last instead of trigger=index for this pair.', SPOT_ADD_ORDER),
  spot('EGeneral:Invalid arguments:Invalid strategy ID', KrakenEarnStrategyNotFoundError, 'validation', false, 'The earn strategy id does not exist.', 'List strategies with ListEarnStrategies and use one of their ids.', SPOT_EARN),
  spot('EGeneral:Invalid arguments:price', KrakenInvalidPriceError, 'validation', false, 'The price argument was rejected.', "Check the price format and the pair's tick size (pair_decimals in AssetPairs).", SPOT_ADD_ORDER),
  spot('EGeneral:Invalid arguments:volume', KrakenInvalidArgumentsError, 'validation', false, 'The volume argument was rejected.', 'Check ordermin and lot_decimals of the pair (AssetPairs); send the volume as a decimal string.', SPOT_ASSET_PAIRS),
  spot('EGeneral:Invalid arguments:viqc', KrakenInvalidArgumentsError, 'validation', false, 'Volume in quote currency (viqc) is not allowed here.', 'Send the volume in the base currency, or use a market order where viqc is supported.', SPOT_ADD_ORDER),
  spot('EGeneral:Permission denied', KrakenPermissionDeniedError, 'auth', false, "The API key doesn't have permission to make this request.", 'Enable the needed permission for the key in the Kraken settings.', SPOT_AUTH),
  spot('EGeneral:Temporary lockout', KrakenTemporaryLockoutError, 'rate_limit', true, 'The key is temporarily locked out after too many failed or excessive requests.', 'Stop all calls with this key for about 15 minutes; retrying earlier extends the lockout.', SPOT_ERRORS),
  spot('EGeneral:Too many requests', KrakenApiLimitExceededError, 'rate_limit', true, 'Too many requests from this IP address (Cloudflare limit).', 'Slow down and retry with backoff.', SPOT_REST_LIMITS),
  spot('EGeneral:Unknown method', KrakenUnknownMethodError, 'validation', false, 'The endpoint or method is not known.', 'Check the endpoint path and method name.', SPOT_ERRORS),
  spot('EGeneral:Internal error', KrakenError, 'exchange', false, 'Kraken had an internal error; the request may or may not have been processed.', `Reads may be retried. ${RECONCILE}`, STATUS),
  spot('EGeneral:Invalid User:auction owned by someone else', KrakenAuctionNotOwnedByUserError, 'exchange', false, 'The auction belongs to another user.', 'Check the auction id.', SPOT_ERRORS),
  // ── Spot: EService / EDatabase ──────────────────────────────────────────────────────────────────────────────────
  spot('EService:Unavailable', KrakenServiceUnavailableError, 'exchange', true, 'The matching engine or API is offline.', 'Retry later with backoff; see status.kraken.com.', STATUS),
  spot('EService:Busy', KrakenServiceUnavailableError, 'exchange', true, 'Kraken is overloaded and did not process the request.', 'Retry later with backoff.', STATUS),
  // Kraken writes this one with spaces: `EService: Throttled: 1700000000`; the number is when to retry (seconds).
  spot('EService:Throttled', KrakenApiLimitExceededError, 'rate_limit', true, 'Too many concurrent requests for this key.', 'Retry after details.retryAfter (the UNIX time Kraken sent).', SPOT_REST_LIMITS),
  spot('EService:Deadline elapsed', KrakenDeadlineElapsedError, 'exchange', true, 'The request was not processed before its deadline.', 'Send it again with a later deadline (or none).', SPOT_ADD_ORDER),
  spot('EService:Market in cancel_only mode', KrakenMarketInOnlyCancelModeError, 'exchange', true, 'The market only accepts cancels right now.', 'Wait until the market is back to normal (status.kraken.com), then retry.', STATUS),
  spot('EService:Market in post_only mode', KrakenMarketInOnlyPostModeError, 'exchange', true, 'The market only accepts post-only limit orders right now.', 'Send a post-only limit order, or wait until the market is back to normal.', STATUS),
  spot('EService:Market in limit_only mode', KrakenServiceUnavailableError, 'exchange', true, 'The market only accepts limit orders right now.', 'Send a limit order, or wait until the market is back to normal.', STATUS),
  spot('EDatabase:Internal error', KrakenError, 'exchange', false, 'Kraken had a database error; the request may or may not have been processed.', `Reads may be retried. ${RECONCILE}`, STATUS),
  // ── Spot: EOrder ────────────────────────────────────────────────────────────────────────────────────────────────
  spot('EOrder:Rate limit exceeded', KrakenRateLimitExceededError, 'rate_limit', true, 'The per-pair trading-rate counter is full (orders, amends, cancels).', 'Slow down order entry on this pair; cancels of young orders cost most.', SPOT_TRADING_LIMITS),
  spot('EOrder:Domain rate limit exceeded', KrakenRateLimitExceededError, 'rate_limit', true, 'The account-wide trading-rate limit is exceeded.', 'Slow down order entry across all pairs.', SPOT_TRADING_LIMITS),
  spot('EOrder:Insufficient funds', KrakenInsufficientFundsError, 'exchange', false, 'The account does not have enough available balance for this order.', 'Check Balance/BalanceEx (available = balance - hold_trade).', SPOT_ADD_ORDER),
  spot('EOrder:Insufficient margin', KrakenInsufficientMarginError, 'exchange', false, 'Kraken does not have enough margin funds for this trade right now.', 'Reduce size or retry later.', SPOT_ADD_ORDER),
  spot('EOrder:Order minimum not met', KrakenOrderMinimumNotMetError, 'exchange', false, "The volume is below the pair's ordermin.", 'Raise the volume to at least ordermin (AssetPairs).', SPOT_ASSET_PAIRS),
  spot('EOrder:Cost minimum not met', KrakenCostMinimumNotMetError, 'exchange', false, "price × volume is below the pair's costmin.", 'Raise the volume or price so the cost reaches costmin (AssetPairs).', SPOT_ASSET_PAIRS),
  spot('EOrder:Tick size check failed', KrakenTickSizeInvalidCheckError, 'validation', false, "The price is not a multiple of the pair's tick_size.", 'Round the price to tick_size (AssetPairs).', SPOT_ASSET_PAIRS),
  spot('EOrder:Invalid order', KrakenInvalidOrderError, 'validation', false, 'The order was rejected as invalid.', 'Check the order type, flags and parameters.', SPOT_ADD_ORDER),
  spot('EOrder:Invalid price', KrakenInvalidPriceError, 'validation', false, 'The price is invalid.', "Check the price, its sign (+/- offsets) and the pair's decimals.", SPOT_ADD_ORDER),
  spot('EOrder:Invalid price:Invalid price argument', KrakenInvalidPriceError, 'validation', false, 'The price argument could not be parsed.', 'Send the price as a plain decimal string.', SPOT_ADD_ORDER),
  spot('EOrder:Unknown order', KrakenUnknownOrderError, 'exchange', false, 'The order does not exist (or is already closed).', 'Check the txid / cl_ord_id; closed orders cannot be cancelled or amended.', SPOT_ERRORS),
  spot('EOrder:Unknown position', KrakenUnknownPositionError, 'exchange', false, 'The position does not exist.', 'Check the position id (OpenPositions).', SPOT_ERRORS),
  spot('EOrder:Cancel pending', KrakenError, 'exchange', false, 'A cancel for this order is already being processed.', 'Wait for the cancel to complete; check the order status.', SPOT_ERRORS),
  spot('EOrder:Orders limit exceeded', KrakenOrderLimitsExceededError, 'exchange', false, 'The maximum number of open orders is reached.', 'Cancel some open orders first.', SPOT_TRADING_LIMITS),
  spot('EOrder:Positions limit exceeded', KrakenPositionLimitExceededError, 'exchange', false, 'The maximum number of open positions is reached.', 'Close some positions first.', SPOT_ERRORS),
  spot('EOrder:Cannot open position', KrakenCannotOpenPositionError, 'exchange', false, 'The user or tier is not eligible for margin trading.', 'Trade without leverage, or check margin eligibility.', SPOT_ERRORS),
  spot('EOrder:Margin allowance exceeded', KrakenMarginAllowedExceededError, 'exchange', false, 'The margin allowance is exceeded.', 'Reduce leverage or size.', SPOT_ERRORS),
  spot('EOrder:Margin level too low', KrakenMarginLevelToLowError, 'exchange', false, 'Equity or collateral is insufficient for this margin order.', 'Add collateral or reduce size.', SPOT_ERRORS),
  spot('EOrder:Margin position size exceeded', KrakenMarginPositionSizeExceededError, 'exchange', false, 'The order would exceed the maximum position size for this pair.', 'Reduce the size.', SPOT_ERRORS),
  spot('EOrder:Trading agreement required', KrakenPermissionDeniedError, 'auth', false, 'A trading agreement must be accepted for this market.', 'Accept the agreement (trading_agreement=agree) where required.', SPOT_ADD_ORDER),
  // ── Spot: EQuery ────────────────────────────────────────────────────────────────────────────────────────────────
  spot('EQuery:Unknown asset pair', KrakenUnknownAssetPairError, 'validation', false, 'The asset pair is unknown.', 'Use a pair name from AssetPairs (e.g. XBTUSD or XXBTZUSD; WS v2 uses BTC/USD).', SPOT_ASSET_PAIRS),
  spot('EQuery:Invalid asset pair', KrakenUnknownAssetPairError, 'validation', false, 'The asset pair is invalid.', 'Use a pair name from AssetPairs.', SPOT_ASSET_PAIRS),
  spot('EQuery:Unknown asset', KrakenUnknownAssetError, 'validation', false, 'The asset is unknown.', 'Use an asset name from Assets (e.g. XBT, ZUSD).', SPOT_ERRORS),
  // ── Spot: EFunding ──────────────────────────────────────────────────────────────────────────────────────────────
  spot('EFunding:Unknown asset', KrakenUnknownAssetError, 'validation', false, 'The funding asset is unknown.', 'Use an asset name from Assets.', SPOT_FUNDING),
  spot('EFunding:Invalid amount', KrakenInvalidAmountError, 'validation', false, 'The amount is invalid (too small, too precise or above the balance).', 'Check the amount against the withdrawal/deposit limits.', SPOT_FUNDING),
  spot('EFunding:Invalid reference id', KrakenInvalidReferenceIdError, 'validation', false, 'The reference id is invalid.', 'Check the refid.', SPOT_FUNDING),
  spot('EFunding:Unknown reference id', KrakenUnknownReferenceIdError, 'exchange', false, 'The reference id is unknown.', 'Check the refid (WithdrawStatus lists recent ones).', SPOT_FUNDING),
  spot('EFunding:Unknown withdraw key', KrakenUnknownWithdrawKeyError, 'validation', false, 'The withdrawal key (address name) is unknown.', 'Use a key name from WithdrawAddresses, as configured on the website.', SPOT_FUNDING),
  spot('EFunding:Invalid staking method', KrakenInvalidStakingMethodError, 'validation', false, 'The staking method is invalid.', 'Use a method from the Earn strategies list.', SPOT_EARN),
  spot('EFunding:Max fee exceeded', KrakenMaxFeeExceededError, 'exchange', false, 'The fee is higher than the max_fee you set.', 'Raise max_fee or retry when fees are lower.', SPOT_FUNDING),
  spot('EFunding:Too many addresses', KrakenToManyAddressesError, 'exchange', false, 'Too many deposit addresses were requested.', 'Reuse an existing address (DepositAddresses).', SPOT_FUNDING),
  spot('EFunding:No funding method', KrakenBadRequestError, 'validation', false, 'No funding method is available for this asset.', 'Check DepositMethods/WithdrawMethods for the asset.', SPOT_FUNDING),
  // ── Spot: EEarnings ─────────────────────────────────────────────────────────────────────────────────────────────
  spot('EEarnings:Busy', KrakenEarnTemporaryUnavailableError, 'exchange', true, 'The earn service is temporarily busy.', 'Retry later.', SPOT_EARN),
  spot('EEarnings:Busy:Another (de)allocation for the same strategy is in progress', KrakenEarnAllocationInProgressError, 'exchange', true, 'Another (de)allocation for this strategy is in progress.', 'Wait until it completes (GetAllocateStrategyStatus), then retry.', SPOT_EARN),
  spot('EEarnings:Below min:(De)allocation operation amount less than minimum', KrakenEarnMinimumAllocationError, 'exchange', false, 'The amount is below the strategy minimum.', 'Raise the amount to the strategy minimum.', SPOT_EARN),
  spot("EEarnings:Permission denied:The user's tier is not high enough", KrakenEarnTierVerificationError, 'auth', false, "The account's verification tier is too low for this strategy.", 'Upgrade the verification tier.', SPOT_EARN),
  spot('EEarnings:Insufficient funds:Insufficient funds to complete the (de)allocation request', KrakenEarnInsufficientFundsError, 'exchange', false, 'Not enough funds for the (de)allocation.', 'Lower the amount.', SPOT_EARN),
  spot('EEarnings:Above max:The allocation exceeds user limit for the strategy', KrakenEarnAllocationExceededError, 'exchange', false, 'The allocation exceeds your limit for the strategy.', 'Lower the amount.', SPOT_EARN),
  spot('EEarnings:Above max:The allocation exceeds the total strategy limit', KrakenEarnDeallocationExceededError, 'exchange', false, "The allocation exceeds the strategy's total limit.", 'Lower the amount or pick another strategy.', SPOT_EARN),
  // ── Spot: category fallbacks for strings not listed above (Kraken adds new ones over time) ─────────────────────
  head('EAPI:', KrakenError, 'auth', false, 'Kraken rejected the API request.', 'Check the API key, signature and nonce.', SPOT_ERRORS),
  head('EAuth:', KrakenAuthenticationFailedError, 'auth', false, 'Authentication failed.', 'Check the API key and its permissions.', SPOT_AUTH),
  head('ESession:', KrakenAuthenticationError, 'auth', false, 'The session is invalid.', 'Fetch a new WebSocket token and reconnect.', SPOT_WS),
  head('EGeneral:', KrakenError, 'exchange', false, 'Kraken rejected the request.', 'Read the message after the colon.', SPOT_ERRORS),
  head('EQuery:', KrakenError, 'validation', false, 'Kraken rejected the query parameters.', 'Check the query parameters.', SPOT_ERRORS),
  head('EOrder:', KrakenError, 'exchange', false, 'Kraken rejected the order.', 'Read the message after the colon; check the order parameters and limits.', SPOT_ADD_ORDER),
  head('EService:', KrakenServiceUnavailableError, 'exchange', true, 'A Kraken service is unavailable.', 'Retry later with backoff; see status.kraken.com.', STATUS),
  head('EFunding:', KrakenError, 'exchange', false, 'Kraken rejected the funding request.', 'Read the message after the colon.', SPOT_FUNDING),
  head('EEarnings:', KrakenError, 'exchange', false, 'Kraken rejected the earn request.', 'Read the message after the colon.', SPOT_EARN),
  head('ETrade:', KrakenError, 'exchange', false, 'Kraken rejected the trade request.', 'Read the message after the colon.', SPOT_ERRORS),
  head('EDatabase:', KrakenError, 'exchange', false, 'Kraken had a database error.', RECONCILE, STATUS),
  head('EBM:', KrakenError, 'exchange', false, 'Kraken rejected the request (limit exceeded).', 'Read the message after the colon.', SPOT_ERRORS),
  // ── Spot WebSocket (v1 `errorMessage`, v2 `error` strings) ─────────────────────────────────────────────────────
  ws('Exceeded msg rate', KrakenApiLimitExceededError, 'rate_limit', true, 'Too many WebSocket messages were sent on this connection.', 'Batch symbols into one subscribe and pace (re)subscriptions.', SPOT_WS),
  ws('Currency pair not supported', KrakenUnknownAssetPairError, 'validation', false, 'The WebSocket does not know this pair.', 'Use a WS v2 symbol such as BTC/USD.', SPOT_WS),
  ws('Malformed request', KrakenBadRequestError, 'validation', false, 'The WebSocket message could not be parsed.', 'Check the message shape against the WS v2 docs.', SPOT_WS),
  ws('Subscription depth not supported', KrakenInvalidArgumentsError, 'validation', false, 'The requested book depth is not supported.', 'Use a depth of 10, 25, 100, 500 or 1000.', SPOT_WS),
  // ── Futures `error` codes (exact; ccxt matches invalidArgument and the nonce codes as substrings, so those are prefixes) ───────────────────────────────────────────────────────────────────────────────────────
  futures('apiLimitExceeded', KrakenApiLimitExceededError, 'rate_limit', true, 'The Futures API cost budget is used up (500 per 10 s; /history 100 per 10 min).', 'Slow down and retry when the budget refills.', FUTURES_LIMITS),
  futures('authenticationError', KrakenAuthenticationError, 'auth', false, 'The request could not be authenticated.', 'Use a Futures API key (not a Spot key), and sign the url-encoded postData exactly as sent with /derivatives stripped.', FUTURES),
  { ...futures('nonceBelowThreshold', KrakenInvalidNonceError, 'auth', false, 'The Nonce header is below the last one Kraken saw.', 'Use a strictly increasing nonce for this key.', FUTURES), kind: 'prefix' },
  { ...futures('nonceDuplicate', KrakenInvalidNonceError, 'auth', false, 'The Nonce header was already used.', 'Use a strictly increasing nonce for this key.', FUTURES), kind: 'prefix' },
  futures('accountInactive', KrakenInvalidAccountError, 'exchange', false, 'The Futures account is inactive.', 'Activate the Futures account.', FUTURES),
  futures('invalidAccount', KrakenInvalidAccountError, 'validation', false, 'The Futures account in the transfer request is invalid.', 'Check the account name (e.g. cash, flex).', FUTURES_TRANSFER),
  futures('invalidAmount', KrakenInvalidAmountError, 'validation', false, 'The amount in the request is invalid.', 'Check the amount.', FUTURES_TRANSFER),
  futures('invalidUnit', KrakenInvalidUnitError, 'validation', false, 'The unit (currency) in the request is invalid.', 'Check the currency code.', FUTURES_TRANSFER),
  futures('insufficientFunds', KrakenInsufficientFundsError, 'exchange', false, 'Not enough funds for the transfer.', 'Lower the amount.', FUTURES_TRANSFER),
  futures('insufficientAvailableFunds', KrakenInsufficientAvailableFundsError, 'exchange', false, 'Available funds are insufficient.', 'Lower the size or add collateral.', FUTURES_SEND),
  futures('INSUFFICIENT_MARGIN', KrakenInsufficientMarginError, 'exchange', false, 'Margin is insufficient.', 'Lower the size or add collateral.', FUTURES_SEND),
  futures('requiredArgumentMissing', KrakenRequiredArgumentMissingError, 'validation', false, 'A required argument is missing.', 'Add the missing parameter; for batchorder send json=<url-encoded JSON>.', FUTURES),
  { ...futures('invalidArgument', KrakenInvalidArgumentsError, 'validation', false, 'One or more arguments are invalid.', 'Check the parameters.', FUTURES), kind: 'prefix' },
  futures('Json Parse Error', KrakenBadRequestError, 'validation', false, 'Kraken could not parse the JSON argument.', 'For batchorder, send json=<url-encoded JSON text> with JSON booleans, not Python ones.', FUTURES),
  futures('Bad Request', KrakenBadRequestError, 'validation', false, 'The request is malformed.', 'Check the parameters and encoding.', FUTURES),
  futures('marketUnavailable', KrakenUnavailableError, 'exchange', true, 'The market is currently unavailable.', 'Retry later.', FUTURES),
  futures('Unavailable', KrakenUnavailableError, 'exchange', true, 'The endpoint is unavailable.', 'Retry later.', FUTURES),
  futures('unavailable', KrakenUnavailableError, 'exchange', true, 'The endpoint is unavailable.', 'Retry later.', FUTURES),
  futures('notFound', KrakenNotFoundError, 'exchange', false, 'The requested information or order was not found.', 'Check the id; the order may be filled or cancelled already.', FUTURES_CANCEL),
  futures('contractNotFound', KrakenNotFoundError, 'validation', false, 'The contract (symbol) does not exist.', 'Use a symbol from /instruments (e.g. PF_XBTUSD).', FUTURES),
  futures('Server Error', KrakenError, 'exchange', false, 'Kraken had an error processing the request.', `Reads may be retried. ${RECONCILE}`, FUTURES),
  futures('unknownError', KrakenError, 'exchange', false, 'An unknown error occurred at Kraken.', `Reads may be retried. ${RECONCILE}`, FUTURES),
  // ── Futures sendStatus / editStatus / cancelStatus / batchStatus `status` values (non-success ones) ─────────────
  status('invalidOrderType', KrakenInvalidOrderError, 'validation', false, 'The orderType is invalid.', 'Use lmt, post, ioc, mkt, stp, take_profit or trailing_stop.', FUTURES_SEND),
  status('invalidSide', KrakenInvalidOrderError, 'validation', false, 'The side is invalid.', 'Use buy or sell.', FUTURES_SEND),
  status('invalidSize', KrakenInvalidOrderError, 'validation', false, 'The size is invalid.', "Check the contract's size step and minimum.", FUTURES_SEND),
  status('invalidPrice', KrakenInvalidPriceError, 'validation', false, 'limitPrice and/or stopPrice are invalid.', "Round to the contract's tick size.", FUTURES_SEND),
  // `insufficientAvailableFunds` and `notFound` are also statuses; their `futures` rows above cover both uses.
  status('selfFill', KrakenInvalidOrderError, 'exchange', false, 'The order would fill against your own order.', 'Cancel the resting order or change the price.', FUTURES_SEND),
  status('tooManySmallOrders', KrakenOrderLimitsExceededError, 'exchange', false, 'Too many small open orders.', 'Cancel some small orders or use a larger size.', FUTURES_SEND),
  status('tooManyOrders', KrakenOrderLimitsExceededError, 'exchange', false, 'Too many open orders.', 'Cancel some orders first.', FUTURES_SEND),
  status('maxPositionViolation', KrakenPositionLimitExceededError, 'exchange', false, 'The order would exceed your maximum position in this contract.', 'Reduce the size.', FUTURES_SEND),
  status('marketSuspended', KrakenUnavailableError, 'exchange', true, 'The market is suspended.', 'Retry when the market is open again.', FUTURES_SEND),
  status('marketInactive', KrakenUnavailableError, 'exchange', true, 'The market is inactive.', 'Retry when the market is open again.', FUTURES_SEND),
  status('marketIsPostOnly', KrakenMarketInOnlyPostModeError, 'exchange', true, 'The market only accepts post-only orders right now.', 'Send a post order, or wait.', FUTURES_SEND),
  status('clientOrderIdAlreadyExist', KrakenInvalidOrderError, 'validation', false, 'The cliOrdId is already in use.', 'Use a unique cliOrdId (the earlier order with this id exists: check it before retrying).', FUTURES_SEND),
  status('clientOrderIdTooLong', KrakenInvalidOrderError, 'validation', false, 'The cliOrdId is too long.', 'Use at most 100 characters.', FUTURES_SEND),
  status('clientOrderIdTooBig', KrakenInvalidOrderError, 'validation', false, 'The cliOrdId is too long.', 'Use a shorter cliOrdId.', FUTURES_SEND),
  status('clientOrderIdInvalid', KrakenInvalidOrderError, 'validation', false, 'The cliOrdId is invalid.', 'Use letters, digits and dashes.', FUTURES_SEND),
  status('outsidePriceCollar', KrakenInvalidPriceError, 'exchange', false, 'The price is too far from the mark price (fat-finger control).', 'Use a price closer to the mark price.', FUTURES_SEND),
  status('postWouldExecute', KrakenInvalidOrderError, 'exchange', false, 'The post-only order would have executed immediately, so it was cancelled.', 'Use a less aggressive price.', FUTURES_SEND),
  status('iocWouldNotExecute', KrakenInvalidOrderError, 'exchange', false, 'The immediate-or-cancel order could not execute.', 'Use a more aggressive price.', FUTURES_SEND),
  status('wouldCauseLiquidation', KrakenInsufficientAvailableFundsError, 'exchange', false, 'The order would fill at a price that triggers a liquidation.', 'Reduce the size or add collateral.', FUTURES_SEND),
  status('wouldNotReducePosition', KrakenInvalidOrderError, 'exchange', false, 'The reduce-only order would not reduce the position.', 'Check the side and the open position.', FUTURES_SEND),
  status('wouldIncreasePriceDislocation', KrakenInvalidPriceError, 'exchange', false, 'The order would increase the price dislocation.', 'Use a price closer to the mark price.', FUTURES_SEND),
  status('wouldProcessAfterSpecifiedTime', KrakenDeadlineElapsedError, 'exchange', true, 'The order would be processed after processBefore.', 'Send it again with a later processBefore.', FUTURES_SEND),
  status('fixedLeverageTooHigh', KrakenInvalidOrderError, 'exchange', false, 'The fixed leverage is too high for this order.', 'Lower the leverage preference.', FUTURES_SEND),
  status('orderForEditNotFound', KrakenOrderForEditNotFoundError, 'exchange', false, 'The order to edit was not found.', 'The order may be filled or cancelled already; check openorders.', FUTURES_EDIT),
  status('orderForEditNotAStop', KrakenInvalidOrderError, 'validation', false, 'stopPrice was sent for an order that is not a stop order.', 'Drop stopPrice from the edit.', FUTURES_EDIT),
  status('cannotEditTriggerPriceOfTrailingStop', KrakenInvalidOrderError, 'validation', false, 'The trigger price of a trailing stop cannot be edited.', 'Edit the trailing-stop offset instead.', FUTURES_EDIT),
  status('cannotEditLimitPriceOfTrailingStop', KrakenInvalidOrderError, 'validation', false, 'The limit price of a trailing stop cannot be edited.', 'Edit the trailing-stop offset instead.', FUTURES_EDIT),
]
