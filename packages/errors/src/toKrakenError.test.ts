import { describe, expect, test } from 'vitest'
import { describeKrakenError } from './describeKrakenError.js'
import { KrakenApiLimitExceededError } from './KrakenApiLimitExceededError.js'
import { KrakenEarnAllocationInProgressError } from './KrakenEarnAllocationInProgressError.js'
import { KrakenEarnTemporaryUnavailableError } from './KrakenEarnTemporaryUnavailableError.js'
import { KrakenError } from './KrakenError.js'
import { KrakenInsufficientFundsError } from './KrakenInsufficientFundsError.js'
import { KrakenInvalidArgumentsError } from './KrakenInvalidArgumentsError.js'
import { KrakenInvalidArgumentsIndexUnavailableError } from './KrakenInvalidArgumentsIndexUnavailableError.js'
import { KrakenInvalidNonceError } from './KrakenInvalidNonceError.js'
import { KrakenInvalidPriceError } from './KrakenInvalidPriceError.js'
import { KrakenServiceUnavailableError } from './KrakenServiceUnavailableError.js'
import { KrakenUnknownAssetError } from './KrakenUnknownAssetError.js'
import { KrakenUnknownAssetPairError } from './KrakenUnknownAssetPairError.js'
import { toKrakenError } from './toKrakenError.js'

describe('toKrakenError: prefix ordering', () => {
  test('Index unavailable is not swallowed by Invalid arguments (python-kraken-sdk substring bug)', () => {
    const error = toKrakenError('EGeneral:Invalid arguments:Index unavailable')
    expect(error).toBeInstanceOf(KrakenInvalidArgumentsIndexUnavailableError)
    expect(error.code).toBe('EGeneral:Invalid arguments:Index unavailable')
  })

  test('a longer string still picks the longest matching prefix', () => {
    expect(toKrakenError('EGeneral:Invalid arguments:Index unavailable:XBTUSD')).toBeInstanceOf(
      KrakenInvalidArgumentsIndexUnavailableError,
    )
    expect(toKrakenError('EGeneral:Invalid arguments:price:must be positive')).toBeInstanceOf(KrakenInvalidPriceError)
    const plain = toKrakenError('EGeneral:Invalid arguments:ordertype')
    expect(plain).toBeInstanceOf(KrakenInvalidArgumentsError)
    expect(plain.constructor).toBe(KrakenInvalidArgumentsError)
  })

  test('EEarnings:Busy and its longer sibling map to different classes', () => {
    expect(toKrakenError('EEarnings:Busy').constructor).toBe(KrakenEarnTemporaryUnavailableError)
    expect(
      toKrakenError('EEarnings:Busy:Another (de)allocation for the same strategy is in progress').constructor,
    ).toBe(KrakenEarnAllocationInProgressError)
  })

  test('EQuery:Unknown asset and EQuery:Unknown asset pair are told apart', () => {
    expect(toKrakenError('EQuery:Unknown asset').constructor).toBe(KrakenUnknownAssetError)
    expect(toKrakenError('EQuery:Unknown asset pair').constructor).toBe(KrakenUnknownAssetPairError)
    expect(toKrakenError('EQuery:Unknown asset pair:FOO').constructor).toBe(KrakenUnknownAssetPairError)
  })

  test('Futures codes match exactly, not by prefix', () => {
    expect(toKrakenError('notFoundAtAll').constructor).toBe(KrakenError)
    expect(describeKrakenError('notFound')?.matchedBy).toBe('exact')
    expect(describeKrakenError('EGeneral:Invalid arguments:volume2')).toMatchObject({
      match: 'EGeneral:Invalid arguments:volume',
      matchedBy: 'prefix',
    })
  })
})

describe('toKrakenError: unknown strings', () => {
  test('an unknown E<Category> string keeps the raw code and takes the category fallback', () => {
    const error = toKrakenError('EService:Some new outage text')
    expect(error).toBeInstanceOf(KrakenServiceUnavailableError)
    expect(error.code).toBe('EService:Some new outage text')
    expect(error.retryable).toBe(true)
    expect(describeKrakenError('EService:Some new outage text')?.matchedBy).toBe('category')
  })

  test('an unknown category or free text becomes a plain KrakenError with the raw code', () => {
    for (const raw of ['EBrandNew:Thing', 'something odd happened', 'E']) {
      const error = toKrakenError(raw)
      expect(error.constructor).toBe(KrakenError)
      expect(error.code).toBe(raw)
      expect(error.category).toBe('exchange')
      expect(error.retryable).toBe(false)
      expect(error.shortMessage).toContain(raw)
      expect(describeKrakenError(raw)).toBeUndefined()
    }
  })

  test('an empty list still gives an error', () => {
    for (const input of [[], '', ['  ']]) {
      const error = toKrakenError(input)
      expect(error.code).toBe('EUnknown')
      expect(KrakenError.isInstance(error)).toBe(true)
    }
  })
})

describe('toKrakenError: arrays, details and cause', () => {
  test('the first specific string wins over a category-only one; all strings stay in details.errors', () => {
    const error = toKrakenError(['EOrder:Something new', 'EOrder:Insufficient funds'], { status: 200 })
    expect(error).toBeInstanceOf(KrakenInsufficientFundsError)
    expect(error.code).toBe('EOrder:Insufficient funds')
    expect(error.details).toMatchObject({ status: 200, errors: ['EOrder:Something new', 'EOrder:Insufficient funds'] })
  })

  test('a single string does not add details.errors', () => {
    expect(toKrakenError(['EAPI:Invalid nonce']).details).not.toHaveProperty('errors')
  })

  test('keeps the cause and the caller details', () => {
    const cause = new Error('HTTP 200 with error body')
    const error = toKrakenError('EAPI:Invalid nonce', { endpoint: 'POST /0/private/Balance', sent: 'yes' }, { cause })
    expect(error.cause).toBe(cause)
    expect(error.walk()).toBe(cause)
    expect(error.details).toEqual({ endpoint: 'POST /0/private/Balance', sent: 'yes' })
  })
})

describe('toKrakenError: retryAfter', () => {
  test.each([
    ['EService: Throttled: 1700000000', 1_700_000_000_000],
    ['EService:Throttled:1700000000', 1_700_000_000_000],
    ['EService:Throttled: 1700000000.5', 1_700_000_000_500],
    ['EService:Throttled:1700000000123', 1_700_000_000_123],
  ])('%s → retryAfter %d ms', (raw, expected) => {
    const error = toKrakenError(raw)
    expect(error).toBeInstanceOf(KrakenApiLimitExceededError)
    expect(error.category).toBe('rate_limit')
    expect(error.retryable).toBe(true)
    expect(error.code).toBe(raw)
    expect(error.details.retryAfter).toBe(expected)
  })

  test('Throttled without a timestamp is still retryable, without retryAfter', () => {
    const error = toKrakenError('EService:Throttled')
    expect(error.retryable).toBe(true)
    expect(error.details.retryAfter).toBeUndefined()
  })

  test('other errors carry no retryAfter', () => {
    expect(toKrakenError('EAPI:Rate limit exceeded').details.retryAfter).toBeUndefined()
  })
})

describe('toKrakenError: retryable semantics', () => {
  test.each([
    ['EAPI:Rate limit exceeded', true],
    ['EOrder:Rate limit exceeded', true],
    ['EGeneral:Too many requests', true],
    ['EGeneral:Temporary lockout', true],
    ['EService:Unavailable', true],
    ['EService:Busy', true],
    ['apiLimitExceeded', true],
    ['EAPI:Invalid key', false],
    ['EAPI:Invalid signature', false],
    ['EAPI:Invalid nonce', false],
    ['EGeneral:Permission denied', false],
    ['authenticationError', false],
    ['EGeneral:Invalid arguments', false],
    ['EGeneral:Invalid arguments:volume', false],
    ['requiredArgumentMissing', false],
    ['EOrder:Insufficient funds', false],
  ])('%s → retryable %s', (raw, retryable) => {
    expect(toKrakenError(raw).retryable).toBe(retryable)
  })
})

describe('toKrakenError: messages', () => {
  test('Spot nonce error', () => {
    const error = toKrakenError(['EAPI:Invalid nonce'], { endpoint: 'POST /0/private/Balance', status: 200 })
    expect(error).toBeInstanceOf(KrakenInvalidNonceError)
    expect(error.message).toMatchInlineSnapshot(`
      "The nonce was not higher than the last one Kraken saw for this key.

      What to do: Use one key per process, or one shared nonce source; a key used by a tool with a larger nonce scale (python-kraken-sdk, kraken-cli) needs a new key or a larger nonce window.
      Endpoint: POST /0/private/Balance
      Code: EAPI:Invalid nonce
      Status: 200
      Docs: https://docs.kraken.com/api/docs/guides/spot-rest-auth
      Version: @k/errors@0.0.0-test"
    `)
  })

  test('Futures sendStatus', () => {
    const error = toKrakenError('postWouldExecute', { endpoint: 'POST /derivatives/api/v3/sendorder' })
    expect(error.message).toMatchInlineSnapshot(`
      "The post-only order would have executed immediately, so it was cancelled.

      What to do: Use a less aggressive price.
      Endpoint: POST /derivatives/api/v3/sendorder
      Code: postWouldExecute
      Docs: https://docs.kraken.com/api/docs/futures-api/trading/send-order
      Version: @k/errors@0.0.0-test"
    `)
  })

  test('unknown string', () => {
    expect(toKrakenError('EBrandNew:Thing').message).toMatchInlineSnapshot(`
      "Kraken returned an unrecognised error: EBrandNew:Thing

      Code: EBrandNew:Thing
      Version: @k/errors@0.0.0-test"
    `)
  })
})

describe('toKrakenError: Futures codes with extra text', () => {
  test('invalidArgument and the nonce codes also match as prefixes (ccxt treats them as broad)', () => {
    expect(toKrakenError('invalidArgument: size').constructor).toBe(KrakenInvalidArgumentsError)
    expect(toKrakenError('nonceBelowThreshold (1415957147987)').constructor).toBe(KrakenInvalidNonceError)
  })
})

describe('toKrakenError: cause inside details', () => {
  test('becomes the Error cause and is not kept in details', () => {
    const cause = new Error('ky HTTPError')
    const error = toKrakenError('EAPI:Invalid key', { endpoint: 'POST /0/private/Balance', cause })
    expect(error.cause).toBe(cause)
    expect(error.details).toEqual({ endpoint: 'POST /0/private/Balance' })
  })
})
