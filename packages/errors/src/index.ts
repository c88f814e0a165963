/** Injected by tsup (and vitest): "<package>@<version>", shown in error messages. */
declare const __K_VERSION__: string

export { describeKrakenError, type KrakenErrorDescription } from './describeKrakenError.js'
export { type ErrorRow, errorTable, type KrakenErrorConstructor } from './errorTable.js'
// One class per python-kraken-sdk exception (python names), plus the SDK-side network/timeout/checksum errors.
// Aliases keep the seed's and python's other spellings importable (python-sdk-inventory §0 rows 4-5, §8 #49).
export { KrakenApiLimitExceededError } from './KrakenApiLimitExceededError.js'
export { KrakenAuctionNotOwnedByUserError } from './KrakenAuctionNotOwnedByUserError.js'
export { KrakenAuthenticationError } from './KrakenAuthenticationError.js'
export { KrakenAuthenticationFailedError } from './KrakenAuthenticationFailedError.js'
export { KrakenBadRequestError } from './KrakenBadRequestError.js'
export { KrakenCannotOpenPositionError } from './KrakenCannotOpenPositionError.js'
export { KrakenChecksumError } from './KrakenChecksumError.js'
export { KrakenCostMinimumNotMetError } from './KrakenCostMinimumNotMetError.js'
export { KrakenDeadlineElapsedError } from './KrakenDeadlineElapsedError.js'
export { KrakenEarnAllocationExceededError } from './KrakenEarnAllocationExceededError.js'
export { KrakenEarnAllocationInProgressError } from './KrakenEarnAllocationInProgressError.js'
export { KrakenEarnDeallocationExceededError } from './KrakenEarnDeallocationExceededError.js'
export { KrakenEarnInsufficientFundsError } from './KrakenEarnInsufficientFundsError.js'
export { KrakenEarnMinimumAllocationError } from './KrakenEarnMinimumAllocationError.js'
export { KrakenEarnStrategyNotFoundError } from './KrakenEarnStrategyNotFoundError.js'
export { KrakenEarnTemporaryUnavailableError } from './KrakenEarnTemporaryUnavailableError.js'
export { KrakenEarnTierVerificationError } from './KrakenEarnTierVerificationError.js'
export {
  isKrakenError,
  KrakenError,
  // Seed 004 calls the base class KrakenAPIError.
  KrakenError as KrakenAPIError,
  type KrakenErrorCategory,
  type KrakenErrorDefaults,
  type KrakenErrorDetails,
  type KrakenErrorInit,
} from './KrakenError.js'
export { KrakenInsufficientAvailableFundsError } from './KrakenInsufficientAvailableFundsError.js'
export { KrakenInsufficientFundsError } from './KrakenInsufficientFundsError.js'
export { KrakenInsufficientMarginError } from './KrakenInsufficientMarginError.js'
export { KrakenInvalidAccountError } from './KrakenInvalidAccountError.js'
export { KrakenInvalidAmountError } from './KrakenInvalidAmountError.js'
export { KrakenInvalidAPIKeyError } from './KrakenInvalidAPIKeyError.js'
export { KrakenInvalidArgumentBelowMinError } from './KrakenInvalidArgumentBelowMinError.js'
export { KrakenInvalidArgumentOfferNotFoundError } from './KrakenInvalidArgumentOfferNotFoundError.js'
export { KrakenInvalidArgumentsError } from './KrakenInvalidArgumentsError.js'
export { KrakenInvalidArgumentsExpireTimeError } from './KrakenInvalidArgumentsExpireTimeError.js'
export {
  KrakenInvalidArgumentsIndexUnavailableError,
  KrakenInvalidArgumentsIndexUnavailableError as KrakenInvalidArgumentsIndexOutOfRangeException,
} from './KrakenInvalidArgumentsIndexUnavailableError.js'
export { KrakenInvalidArgumentsStartTimeError } from './KrakenInvalidArgumentsStartTimeError.js'
export { KrakenInvalidNonceError } from './KrakenInvalidNonceError.js'
export { KrakenInvalidOrderError } from './KrakenInvalidOrderError.js'
export { KrakenInvalidPriceError } from './KrakenInvalidPriceError.js'
export { KrakenInvalidReferenceIdError } from './KrakenInvalidReferenceIdError.js'
export { KrakenInvalidSignatureError } from './KrakenInvalidSignatureError.js'
export { KrakenInvalidStakingMethodError } from './KrakenInvalidStakingMethodError.js'
export { KrakenInvalidUnitError } from './KrakenInvalidUnitError.js'
export { KrakenMarginAllowedExceededError } from './KrakenMarginAllowedExceededError.js'
export {
  KrakenMarginLevelToLowError,
  KrakenMarginLevelToLowError as KrakenMarginLevelTooLowError,
} from './KrakenMarginLevelToLowError.js'
export { KrakenMarginPositionSizeExceededError } from './KrakenMarginPositionSizeExceededError.js'
export {
  KrakenMarketInOnlyCancelModeError,
  KrakenMarketInOnlyCancelModeError as KrakenMarketInOnlyCancelModelError,
} from './KrakenMarketInOnlyCancelModeError.js'
export { KrakenMarketInOnlyPostModeError } from './KrakenMarketInOnlyPostModeError.js'
export { KrakenMaxFeeExceededError } from './KrakenMaxFeeExceededError.js'
export {
  KrakenMaxReconnectError,
  KrakenMaxReconnectError as MaxReconnectError,
} from './KrakenMaxReconnectError.js'
export { KrakenNetworkError } from './KrakenNetworkError.js'
export { KrakenNotFoundError } from './KrakenNotFoundError.js'
export {
  KrakenOrderForEditNotFoundError,
  KrakenOrderForEditNotFoundError as KrakenOrderForEditNotFound,
} from './KrakenOrderForEditNotFoundError.js'
export { KrakenOrderLimitsExceededError } from './KrakenOrderLimitsExceededError.js'
export { KrakenOrderMinimumNotMetError } from './KrakenOrderMinimumNotMetError.js'
export { KrakenPermissionDeniedError } from './KrakenPermissionDeniedError.js'
export { KrakenPositionLimitExceededError } from './KrakenPositionLimitExceededError.js'
export { KrakenRateLimitExceededError } from './KrakenRateLimitExceededError.js'
export { KrakenRequiredArgumentMissingError } from './KrakenRequiredArgumentMissingError.js'
export { KrakenServiceUnavailableError } from './KrakenServiceUnavailableError.js'
export { KrakenTemporaryLockoutError } from './KrakenTemporaryLockoutError.js'
export { KrakenTickSizeInvalidCheckError } from './KrakenTickSizeInvalidCheckError.js'
export { KrakenTimeoutError } from './KrakenTimeoutError.js'
export {
  KrakenToManyAddressesError,
  KrakenToManyAddressesError as KrakenTooManyAddressesError,
} from './KrakenToManyAddressesError.js'
export { KrakenUnavailableError } from './KrakenUnavailableError.js'
export { KrakenUnknownAssetError } from './KrakenUnknownAssetError.js'
export { KrakenUnknownAssetPairError } from './KrakenUnknownAssetPairError.js'
export { KrakenUnknownMethodError } from './KrakenUnknownMethodError.js'
export { KrakenUnknownOrderError } from './KrakenUnknownOrderError.js'
export { KrakenUnknownPositionError } from './KrakenUnknownPositionError.js'
export { KrakenUnknownReferenceIdError } from './KrakenUnknownReferenceIdError.js'
export { KrakenUnknownWithdrawKeyError } from './KrakenUnknownWithdrawKeyError.js'
export { KrakenValidationError } from './KrakenValidationError.js'
export { type ToKrakenErrorOptions, toKrakenError } from './toKrakenError.js'
