// CommonJS consumer of the built @k/errors (no @k/source condition).
const assert = require('node:assert/strict')
const {
  KrakenError,
  KrakenInvalidNonceError,
  KrakenValidationError,
  isKrakenError,
  toKrakenError,
} = require('@k/errors')

const error = toKrakenError(['EAPI:Invalid nonce'], { endpoint: 'POST /0/private/Balance' })
assert.ok(error instanceof KrakenInvalidNonceError)
assert.ok(error instanceof KrakenError)
assert.ok(isKrakenError(error))
assert.equal(error.code, 'EAPI:Invalid nonce')
assert.equal(error.category, 'auth')
assert.equal(error.retryable, false)
// tsup's define replaced __K_VERSION__ in the build.
assert.match(error.message, /Version: @k\/errors@\d+\.\d+\.\d+/)
const throttled = toKrakenError('EService: Throttled: 1700000000')
assert.equal(throttled.retryable, true)
assert.equal(throttled.details.retryAfter, 1700000000000)
assert.equal(new KrakenValidationError('bad pair', { field: 'pair' }).details.field, 'pair')
console.log('ok')
