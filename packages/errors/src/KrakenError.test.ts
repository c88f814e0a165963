import { describe, expect, test, vi } from 'vitest'
import * as errors from './index.js'
import { isKrakenError, KrakenError } from './KrakenError.js'
import { KrakenInvalidNonceError } from './KrakenInvalidNonceError.js'
import { KrakenNetworkError } from './KrakenNetworkError.js'
import { KrakenTimeoutError } from './KrakenTimeoutError.js'
import { KrakenValidationError } from './KrakenValidationError.js'

type AnyClass = typeof KrakenError
const aliases = new Set([
  'KrakenAPIError',
  'MaxReconnectError',
  'KrakenOrderForEditNotFound',
  'KrakenMarginLevelTooLowError',
  'KrakenTooManyAddressesError',
  'KrakenInvalidArgumentsIndexOutOfRangeException',
  'KrakenMarketInOnlyCancelModelError',
])
const classes = Object.entries(errors).filter(
  (entry): entry is [string, AnyClass] =>
    typeof entry[1] === 'function' && (entry[1] === KrakenError || entry[1].prototype instanceof KrakenError),
)

describe('KrakenError', () => {
  test('structured message with the pinned version', () => {
    const error = new KrakenError('Kraken rate limit exceeded.', {
      code: 'EAPI:Rate limit exceeded',
      category: 'rate_limit',
      retryable: true,
      details: { endpoint: 'POST /0/private/Balance', status: 200 },
      metaMessages: ['Wait before retrying.'],
      docsUrl: 'https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits',
    })
    expect(error.message).toMatchInlineSnapshot(`
      "Kraken rate limit exceeded.

      Wait before retrying.
      Endpoint: POST /0/private/Balance
      Code: EAPI:Rate limit exceeded
      Status: 200
      Docs: https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits
      Version: @k/errors@0.0.0-test"
    `)
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'KrakenError',
      code: 'EAPI:Rate limit exceeded',
      category: 'rate_limit',
      retryable: true,
      message: 'Kraken rate limit exceeded.',
      details: { endpoint: 'POST /0/private/Balance', status: 200 },
      docsUrl: 'https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits',
    })
  })

  test('subclass defaults fill code, category, retryable and name', () => {
    const error = new KrakenInvalidNonceError('Nonce too low.')
    expect(error).toMatchObject({
      name: 'KrakenInvalidNonceError',
      code: 'EAPI:Invalid nonce',
      category: 'auth',
      retryable: false,
    })
    expect(String(error)).toMatch(/^KrakenInvalidNonceError: Nonce too low\./)
  })

  test.each(classes)('%s: constructible, named and recognised', (exportName, Class) => {
    const error =
      Class === KrakenValidationError
        ? new KrakenValidationError('Invalid pair.', { field: 'pair' })
        : new Class('Something went wrong.')
    expect(error.name).toBe(Class.defaults.name)
    if (!aliases.has(exportName)) expect(error.name).toBe(exportName)
    expect(isKrakenError(error)).toBe(true)
    expect(Class.isInstance(error)).toBe(true)
    expect(error.shortMessage.length).toBeGreaterThan(0)
    expect(['validation', 'auth', 'rate_limit', 'exchange', 'network', 'protocol', 'client']).toContain(error.category)
  })

  test('aliases for the seed and python spellings are the same classes', () => {
    expect(errors.KrakenAPIError).toBe(errors.KrakenError)
    expect(errors.KrakenOrderForEditNotFound).toBe(errors.KrakenOrderForEditNotFoundError)
    expect(errors.KrakenMarginLevelTooLowError).toBe(errors.KrakenMarginLevelToLowError)
    expect(errors.KrakenTooManyAddressesError).toBe(errors.KrakenToManyAddressesError)
    expect(errors.KrakenInvalidArgumentsIndexOutOfRangeException).toBe(
      errors.KrakenInvalidArgumentsIndexUnavailableError,
    )
    expect(errors.KrakenMarketInOnlyCancelModelError).toBe(errors.KrakenMarketInOnlyCancelModeError)
    expect(errors.MaxReconnectError).toBe(errors.KrakenMaxReconnectError)
  })

  test('X.isInstance only accepts X and its subclasses', () => {
    const base = new KrakenError('x')
    const nonce = new KrakenInvalidNonceError('x')
    const timeout = new KrakenTimeoutError('x')
    expect(KrakenError.isInstance(nonce)).toBe(true)
    expect(KrakenInvalidNonceError.isInstance(base)).toBe(false)
    expect(KrakenInvalidNonceError.isInstance(nonce)).toBe(true)
    expect(KrakenNetworkError.isInstance(timeout)).toBe(true)
    expect(KrakenTimeoutError.isInstance(new KrakenNetworkError('x'))).toBe(false)
    for (const value of [null, undefined, 'KrakenError', {}, new Error('x'), { name: 'KrakenError' }]) {
      expect(KrakenError.isInstance(value)).toBe(false)
      expect(isKrakenError(value)).toBe(false)
    }
  })

  test('isInstance works across two copies of the module (duplicate installs)', async () => {
    // After resetModules, importing again evaluates a second, independent copy with its own classes.
    vi.resetModules()
    const copy = (await import('./index.js')) as typeof errors
    expect(copy.KrakenError).not.toBe(KrakenError)
    const foreign = new copy.KrakenInvalidNonceError('from the other copy')
    expect(foreign).not.toBeInstanceOf(KrakenError)
    expect(KrakenError.isInstance(foreign)).toBe(true)
    expect(isKrakenError(foreign)).toBe(true)
    expect(KrakenInvalidNonceError.isInstance(foreign)).toBe(true)
    expect(KrakenNetworkError.isInstance(foreign)).toBe(false)
    expect(copy.KrakenInvalidNonceError.isInstance(new KrakenInvalidNonceError('here'))).toBe(true)
  })

  test('walk() follows cause to the root, or to the first match', () => {
    const root = new Error('ECONNRESET')
    const middle = new KrakenNetworkError('Socket reset.', { cause: root })
    const top = new KrakenError('Request failed.', { cause: middle })
    expect(top.walk()).toBe(root)
    expect(top.walk((e) => KrakenNetworkError.isInstance(e))).toBe(middle)
    expect(top.walk(() => false)).toBeUndefined()
    expect(new KrakenError('alone').walk()).toBeInstanceOf(KrakenError)
  })
})

describe('KrakenNetworkError / KrakenTimeoutError', () => {
  test('retryable only when provably not sent, unless told', () => {
    expect(new KrakenNetworkError('x', { details: { sent: 'no' } }).retryable).toBe(true)
    expect(new KrakenNetworkError('x', { details: { sent: 'maybe' } }).retryable).toBe(false)
    expect(new KrakenNetworkError('x').retryable).toBe(false)
    expect(new KrakenNetworkError('x', { retryable: true, details: { sent: 'maybe' } }).retryable).toBe(true)
    const timeout = new KrakenTimeoutError('Timed out after 10000 ms.', { details: { sent: 'maybe' } })
    expect(timeout).toBeInstanceOf(KrakenNetworkError)
    expect(timeout).toMatchObject({
      name: 'KrakenTimeoutError',
      code: 'ETimeout',
      category: 'network',
      retryable: false,
    })
  })
})

describe('KrakenValidationError', () => {
  test('names the field and says it was not sent', () => {
    const error = new KrakenValidationError('Invalid volume: expected a positive decimal string.', { field: 'volume' })
    expect(error.field).toBe('volume')
    expect(error.details).toEqual({ sent: 'no', field: 'volume' })
    expect(error.category).toBe('validation')
    expect(error.retryable).toBe(false)
  })
})
