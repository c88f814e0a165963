import { describe, expect, test } from 'vitest'
import { errorTable } from './errorTable.js'
import * as errors from './index.js'
import type { KrakenError } from './KrakenError.js'
import { toKrakenError } from './toKrakenError.js'

describe('errorTable', () => {
  // One case per row, in the spirit of the Rust SDK's from_rest_taxonomy_tests!: adding a row adds a test.
  test.each(errorTable.filter((row) => row.kind !== 'category').map((row) => [row.match, row] as const))(
    '%s maps to its row',
    (match, row) => {
      const error = toKrakenError(match, { endpoint: 'POST /0/private/AddOrder' })
      expect(error).toBeInstanceOf(row.error)
      expect(row.error.isInstance(error)).toBe(true)
      expect(error.name).toBe(row.error.defaults.name)
      expect(error.code).toBe(match)
      expect(error.category).toBe(row.category)
      expect(error.retryable).toBe(row.retryable)
      expect(error.shortMessage).toBe(row.means)
      expect(error.docsUrl).toBe(row.docsUrl)
      expect(error.message).toContain(`What to do: ${row.todo}`)
      expect(error.details.endpoint).toBe('POST /0/private/AddOrder')
    },
  )

  test.each(errorTable.filter((row) => row.kind === 'category').map((row) => [row.match, row] as const))(
    'an unlisted %s string falls back to its category row',
    (match, row) => {
      const raw = `${match}Something Kraken added last week`
      const error = toKrakenError(raw)
      expect(error).toBeInstanceOf(row.error)
      expect(error.code).toBe(raw)
      expect(error.category).toBe(row.category)
      expect(error.retryable).toBe(row.retryable)
    },
  )

  test('no string appears twice', () => {
    const seen = new Set<string>()
    for (const row of errorTable) {
      expect(seen.has(row.match), row.match).toBe(false)
      seen.add(row.match)
    }
  })

  test('every row has a hint and an https docs URL', () => {
    for (const row of errorTable) {
      expect(row.means.length, row.match).toBeGreaterThan(10)
      expect(row.todo.length, row.match).toBeGreaterThan(5)
      expect(row.docsUrl, row.match).toMatch(/^https:\/\//)
    }
  })

  test('rate-limit, lockout, throttled and service rows are retryable; auth and invalid-argument rows are not', () => {
    for (const row of errorTable) {
      if (row.category === 'rate_limit') expect(row.retryable, row.match).toBe(true)
      if (row.match.startsWith('EService:')) expect(row.retryable, row.match).toBe(true)
      if (row.category === 'auth') expect(row.retryable, row.match).toBe(false)
      if (row.category === 'validation') expect(row.retryable, row.match).toBe(false)
    }
  })

  // python-sdk-inventory §8: every documented and undocumented python-kraken-sdk string → its python class.
  const python: Array<[string, string]> = [
    ['EAPI:Rate limit exceeded', 'KrakenApiLimitExceededError'],
    ['apiLimitExceeded', 'KrakenApiLimitExceededError'],
    ['authenticationError', 'KrakenAuthenticationError'],
    ['EAuth:Failed', 'KrakenAuthenticationFailedError'],
    ['EAPI:Bad request', 'KrakenBadRequestError'],
    ['EOrder:Cannot open position', 'KrakenCannotOpenPositionError'],
    ['EOrder:Cost minimum not met', 'KrakenCostMinimumNotMetError'],
    ['EService:Deadline elapsed', 'KrakenDeadlineElapsedError'],
    ['insufficientAvailableFunds', 'KrakenInsufficientAvailableFundsError'],
    ['EOrder:Insufficient funds', 'KrakenInsufficientFundsError'],
    ['EOrder:Insufficient margin', 'KrakenInsufficientMarginError'],
    ['EAPI:Invalid key', 'KrakenInvalidAPIKeyError'],
    ['invalidAccount', 'KrakenInvalidAccountError'],
    ['EFunding:Invalid amount', 'KrakenInvalidAmountError'],
    ['EGeneral:Invalid arguments', 'KrakenInvalidArgumentsError'],
    ['EGeneral:Invalid arguments:Index unavailable', 'KrakenInvalidArgumentsIndexUnavailableError'],
    ['EAPI:Invalid nonce', 'KrakenInvalidNonceError'],
    ['EOrder:Invalid order', 'KrakenInvalidOrderError'],
    ['EOrder:Invalid price', 'KrakenInvalidPriceError'],
    ['EFunding:Invalid reference id', 'KrakenInvalidReferenceIdError'],
    ['EAPI:Invalid signature', 'KrakenInvalidSignatureError'],
    ['EFunding:Invalid staking method', 'KrakenInvalidStakingMethodError'],
    ['invalidUnit', 'KrakenInvalidUnitError'],
    ['EOrder:Margin allowance exceeded', 'KrakenMarginAllowedExceededError'],
    ['EOrder:Margin level too low', 'KrakenMarginLevelToLowError'],
    ['EOrder:Margin position size exceeded', 'KrakenMarginPositionSizeExceededError'],
    ['EService:Market in cancel_only mode', 'KrakenMarketInOnlyCancelModeError'],
    ['EService:Market in post_only mode', 'KrakenMarketInOnlyPostModeError'],
    ['EFunding:Max fee exceeded', 'KrakenMaxFeeExceededError'],
    ['notFound', 'KrakenNotFoundError'],
    ['orderForEditNotFound', 'KrakenOrderForEditNotFoundError'],
    ['EOrder:Orders limit exceeded', 'KrakenOrderLimitsExceededError'],
    ['EOrder:Order minimum not met', 'KrakenOrderMinimumNotMetError'],
    ['EGeneral:Permission denied', 'KrakenPermissionDeniedError'],
    ['EOrder:Positions limit exceeded', 'KrakenPositionLimitExceededError'],
    ['EOrder:Rate limit exceeded', 'KrakenRateLimitExceededError'],
    ['requiredArgumentMissing', 'KrakenRequiredArgumentMissingError'],
    ['EService:Unavailable', 'KrakenServiceUnavailableError'],
    ['EGeneral:Temporary lockout', 'KrakenTemporaryLockoutError'],
    ['EOrder:Tick size check failed', 'KrakenTickSizeInvalidCheckError'],
    ['EFunding:Too many addresses', 'KrakenToManyAddressesError'],
    ['Unavailable', 'KrakenUnavailableError'],
    ['EQuery:Unknown asset', 'KrakenUnknownAssetError'],
    ['EFunding:Unknown asset', 'KrakenUnknownAssetError'],
    ['EQuery:Unknown asset pair', 'KrakenUnknownAssetPairError'],
    ['EGeneral:Unknown method', 'KrakenUnknownMethodError'],
    ['EOrder:Unknown order', 'KrakenUnknownOrderError'],
    ['EOrder:Unknown position', 'KrakenUnknownPositionError'],
    ['EFunding:Unknown reference id', 'KrakenUnknownReferenceIdError'],
    ['EFunding:Unknown withdraw key', 'KrakenUnknownWithdrawKeyError'],
    ['EEarnings:Below min:(De)allocation operation amount less than minimum', 'KrakenEarnMinimumAllocationError'],
    [
      'EEarnings:Busy:Another (de)allocation for the same strategy is in progress',
      'KrakenEarnAllocationInProgressError',
    ],
    ['EEarnings:Busy', 'KrakenEarnTemporaryUnavailableError'],
    ["EEarnings:Permission denied:The user's tier is not high enough", 'KrakenEarnTierVerificationError'],
    ['EGeneral:Invalid arguments:Invalid strategy ID', 'KrakenEarnStrategyNotFoundError'],
    [
      'EEarnings:Insufficient funds:Insufficient funds to complete the (de)allocation request',
      'KrakenEarnInsufficientFundsError',
    ],
    ['EEarnings:Above max:The allocation exceeds user limit for the strategy', 'KrakenEarnAllocationExceededError'],
    ['EEarnings:Above max:The allocation exceeds the total strategy limit', 'KrakenEarnDeallocationExceededError'],
    ['EAPI:Invalid arguments:start_time must be < expire_time', 'KrakenInvalidArgumentsStartTimeError'],
    ['EAPI:Invalid arguments:expire_time above max', 'KrakenInvalidArgumentsExpireTimeError'],
    ['EAPI:Invalid arguments:price below min', 'KrakenInvalidArgumentBelowMinError'],
    ['EAPI:Invalid arguments:offer not found', 'KrakenInvalidArgumentOfferNotFoundError'],
    ['EGeneral:Invalid User:auction owned by someone else', 'KrakenAuctionNotOwnedByUserError'],
  ]
  test.each(python)('python-kraken-sdk: %s → %s', (raw, className) => {
    const error = toKrakenError(raw)
    expect(error.name).toBe(className)
    const exported = (errors as unknown as Record<string, typeof KrakenError>)[className]
    expect(exported).toBeDefined()
    expect(error).toBeInstanceOf(exported!)
  })

  // kraken-facts §2 and §4 (ccxt's exact and broad maps, Futures codes): each string has a specific row.
  test.each([
    'EService: Throttled: 1700000000',
    'EOrder:Domain rate limit exceeded',
    'EGeneral:Too many requests',
    'EQuery:Invalid asset pair',
    'EDatabase:Internal error',
    'EService:Busy',
    'EGeneral:Internal error',
    'EGeneral:Invalid arguments:price',
    'EOrder:Invalid price:Invalid price argument',
    'ESession:Invalid session',
    'EFunding:No funding method',
    'ETrade:User Locked',
    'EGeneral:Invalid arguments:volume',
    'EGeneral:Invalid arguments:viqc',
    'EOrder:Cancel pending',
    'marketUnavailable',
    'unavailable',
    'accountInactive',
    'invalidAmount',
    'insufficientFunds',
    'INSUFFICIENT_MARGIN',
    'Bad Request',
    'Json Parse Error',
    'nonceBelowThreshold',
    'nonceDuplicate',
    'Server Error',
    'unknownError',
    'contractNotFound',
    'invalidArgument',
    'invalidOrderType',
    'invalidSide',
    'invalidSize',
    'invalidPrice',
    'selfFill',
    'tooManySmallOrders',
    'maxPositionViolation',
    'marketSuspended',
    'marketInactive',
    'clientOrderIdAlreadyExist',
    'clientOrderIdTooLong',
    'outsidePriceCollar',
    'postWouldExecute',
    'iocWouldNotExecute',
    'wouldCauseLiquidation',
    'orderForEditNotAStop',
  ])('%s has a specific row', (raw) => {
    const row = errors.describeKrakenError(raw)
    expect(row).toBeDefined()
    expect(row?.matchedBy).not.toBe('category')
  })
})
