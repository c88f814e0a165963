import { KrakenValidationError } from '@k/errors'

const DIGITS = /^\d+$/

/**
 * Checks one signing input before any hashing. `kind: 'nonce'` requires decimal digits (`'optional-nonce'` also
 * allows `''`, for Futures requests sent without a `Nonce` header). The value is never echoed (it may be a body).
 */
export function _assertText(value: unknown, field: string, kind: 'text' | 'nonce' | 'optional-nonce' = 'text'): void {
  if (typeof value !== 'string') {
    throw new KrakenValidationError(`Invalid ${field}: expected a string.`, { field })
  }
  if (kind === 'nonce' && !DIGITS.test(value)) {
    throw new KrakenValidationError(`Invalid ${field}: expected a decimal integer string.`, { field })
  }
  if (kind === 'optional-nonce' && value !== '' && !DIGITS.test(value)) {
    throw new KrakenValidationError(`Invalid ${field}: expected '' or a decimal integer string.`, { field })
  }
}
